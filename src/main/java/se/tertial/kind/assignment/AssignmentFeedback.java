package se.tertial.kind.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.tertial.model.KindData;
import se.tertial.model.Period;

/**
 * The data of an uppdragsåterkoppling: the items in input order and their entries per period.
 *
 * @param assignments the items, in input order
 * @param entries the entries of all periods
 */
public record AssignmentFeedback(List<Assignment> assignments, List<AssignmentEntry> entries)
    implements KindData {

  public AssignmentFeedback {
    assignments = List.copyOf(assignments);
    entries = List.copyOf(entries);
  }

  /** The entry of an item in a period, if reported. */
  public Optional<AssignmentEntry> entry(String nr, Period period) {
    return entries.stream().filter(e -> e.nr().equals(nr) && e.period().equals(period)).findFirst();
  }

  /** The item's latest entry before {@code period}, if any. */
  public Optional<AssignmentEntry> previous(String nr, Period period) {
    return entries.stream()
        .filter(e -> e.nr().equals(nr) && e.period().compareTo(period) < 0)
        .max(Comparator.comparing(AssignmentEntry::period));
  }

  @Override
  public Set<Period> periods() {
    Set<Period> periods = new TreeSet<>();
    entries.forEach(e -> periods.add(e.period()));
    return periods;
  }
}

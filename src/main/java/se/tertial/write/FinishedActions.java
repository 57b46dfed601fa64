package se.tertial.write;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Åtgärder (actions) that were finished or cancelled in an earlier period stay so: a new period
 * gets a status row that says so, instead of an empty one that {@code check} would warn about as
 * "saknar status".
 */
final class FinishedActions {
  private FinishedActions() {}

  /**
   * The status row to carry into {@code open} for action {@code nr}: its state and a comment naming
   * the period it was finished in; empty when its latest earlier status is not Genomförd or
   * Avbruten.
   */
  static Optional<Carried> carried(Report report, String nr, Period open) {
    List<ActionStatus> earlier =
        report.statuses().stream()
            .filter(s -> s.nr().equals(nr) && s.period().compareTo(open) < 0)
            .sorted(Comparator.comparing(ActionStatus::period))
            .toList();
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    ActionState last = earlier.get(earlier.size() - 1).state();
    if (last != ActionState.DONE && last != ActionState.CANCELLED) {
      return Optional.empty();
    }
    // The first period of the final run of this state: where it was really finished.
    Period since = earlier.get(earlier.size() - 1).period();
    for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).state() == last; i--) {
      since = earlier.get(i).period();
    }
    String comment =
        Messages.get(
            last == ActionState.DONE ? "carried.done" : "carried.cancelled", since.label());
    return Optional.of(new Carried(last.label(), comment));
  }

  /** A carried status: the label to write in Status and the comment. */
  record Carried(String status, String comment) {}
}

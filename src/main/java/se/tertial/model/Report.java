package se.tertial.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One unit's follow-up data as read from a workbook or a CSV folder: metadata, measures with their
 * outcomes over all periods, actions with their statuses, and free texts. Lists keep the order of
 * the input.
 *
 * @param data what only this report's kind has (assignments, monthly boxes, budgets), {@link
 *     KindData#NONE} for a delårsbilaga
 */
public record Report(
    ReportInfo info,
    List<Measure> measures,
    List<Outcome> outcomes,
    List<Action> actions,
    List<ActionStatus> statuses,
    List<Section> sections,
    KindData data) {

  /** A report without kind-specific data (a delårsbilaga). */
  public Report(
      ReportInfo info,
      List<Measure> measures,
      List<Outcome> outcomes,
      List<Action> actions,
      List<ActionStatus> statuses,
      List<Section> sections) {
    this(info, measures, outcomes, actions, statuses, sections, KindData.NONE);
  }

  public Report {
    Objects.requireNonNull(info, "info");
    measures = List.copyOf(measures);
    outcomes = List.copyOf(outcomes);
    actions = List.copyOf(actions);
    statuses = List.copyOf(statuses);
    sections = List.copyOf(sections);
    data = Objects.requireNonNullElse(data, KindData.NONE);
  }

  /** The outcome of a measure in a period, if reported. */
  public Optional<Outcome> outcome(String measureId, Period period) {
    return outcomes.stream()
        .filter(o -> o.measureId().equals(measureId) && o.period().equals(period))
        .findFirst();
  }

  /** All outcomes of one measure, oldest period first. */
  public List<Outcome> outcomesOf(String measureId) {
    return outcomes.stream()
        .filter(o -> o.measureId().equals(measureId))
        .sorted(Comparator.comparing(Outcome::period))
        .toList();
  }

  /** The status of an action in a period, if reported. */
  public Optional<ActionStatus> status(String nr, Period period) {
    return statuses.stream()
        .filter(s -> s.nr().equals(nr) && s.period().equals(period))
        .findFirst();
  }

  /** The free text section with the given key (case-insensitive) for the report's period. */
  public Optional<Section> section(String key) {
    String folded = Section.fold(key);
    return texts().stream().filter(s -> s.foldedKey().equals(folded)).findFirst();
  }

  /**
   * The texts of the report's period, in input order: the rows written for it and, for a key
   * without such a row, the rows without period. {@link #sections()} holds every period's.
   */
  public List<Section> texts() {
    Period period = info.period();
    Set<String> own = new HashSet<>();
    sections.stream()
        .filter(s -> s.period() != null && s.period().equals(period))
        .forEach(s -> own.add(s.foldedKey()));
    return sections.stream()
        .filter(s -> s.period() == null ? !own.contains(s.foldedKey()) : s.period().equals(period))
        .toList();
  }

  /**
   * Every period that has at least one outcome or status, in order. An outcome row left unfilled
   * (only ID and Period, as {@code init} and {@code next-period} write them) is no outcome: the
   * period it opens is not reported yet.
   */
  public SortedSet<Period> periods() {
    SortedSet<Period> periods = new TreeSet<>();
    outcomes.stream()
        .filter(
            o ->
                o.hasNumbers()
                    || !o.valueText().isBlank()
                    || !o.comment().isBlank()
                    || o.manual() != null)
        .forEach(o -> periods.add(o.period()));
    // A finished or cancelled action carried on as such (next-period writes its status again) is
    // nothing new: only a status that differs from the action's previous one makes a period count.
    Map<String, List<ActionStatus>> byNr = new HashMap<>();
    statuses.forEach(st -> byNr.computeIfAbsent(st.nr(), k -> new ArrayList<>()).add(st));
    for (List<ActionStatus> list : byNr.values()) {
      list.sort(Comparator.comparing(ActionStatus::period));
      for (int i = 0; i < list.size(); i++) {
        ActionState state = list.get(i).state();
        boolean carried =
            i > 0
                && list.get(i - 1).state() == state
                && (state == ActionState.DONE || state == ActionState.CANCELLED);
        if (!carried) {
          periods.add(list.get(i).period());
        }
      }
    }
    periods.addAll(data.periods());
    return periods;
  }

  /** The same data with other metadata. */
  public Report withInfo(ReportInfo other) {
    return new Report(other, measures, outcomes, actions, statuses, sections, data);
  }

  /** The same data reported for another period (regeneration of past periods). */
  public Report forPeriod(Period period) {
    return new Report(
        info.withPeriod(period), measures, outcomes, actions, statuses, sections, data);
  }
}

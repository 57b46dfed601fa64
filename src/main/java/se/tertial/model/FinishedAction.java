package se.tertial.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An åtgärd (action) finished or cancelled in an earlier period, which stays so in every later
 * period: the one rule for {@code render}, {@code check}, {@code evaluate}, {@code diff} and {@code
 * next-period}. A period's own status row always wins (an action can be taken up again).
 *
 * @param state {@link ActionState#DONE} or {@link ActionState#CANCELLED}
 * @param finishedIn the first period of the final run of that state: when it was really finished
 * @param row the status row that says so
 */
public record FinishedAction(ActionState state, Period finishedIn, ActionStatus row) {

  /**
   * The action's finished state before {@code period}: present when its latest status in an earlier
   * period is Genomförd or Avbruten.
   */
  public static Optional<FinishedAction> before(Report report, String nr, Period period) {
    List<ActionStatus> earlier =
        report.statuses().stream()
            .filter(s -> s.nr().equals(nr) && s.period().compareTo(period) < 0)
            .sorted(Comparator.comparing(ActionStatus::period))
            .toList();
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    ActionStatus last = earlier.get(earlier.size() - 1);
    if (last.state() != ActionState.DONE && last.state() != ActionState.CANCELLED) {
      return Optional.empty();
    }
    ActionStatus first = last;
    for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).state() == last.state(); i--) {
      first = earlier.get(i);
    }
    return Optional.of(new FinishedAction(last.state(), first.period(), first));
  }

  /**
   * The status that holds in {@code period}: the period's own row, else the finished state carried
   * from an earlier period with {@link #comment()} as its comment, else empty (status missing).
   */
  public static Optional<ActionStatus> statusIn(Report report, String nr, Period period) {
    Optional<ActionStatus> own = report.status(nr, period);
    if (own.isPresent()) {
      return own;
    }
    return before(report, nr, period).map(f -> f.carriedInto(period));
  }

  /** "Genomförd under T1 2025." or "Avbruten under T1 2025.": the period it was finished in. */
  public String comment() {
    return Messages.get(
        state == ActionState.DONE ? "carried.done" : "carried.cancelled", finishedIn.label());
  }

  /** The status row this finished state gives a later period. */
  public ActionStatus carriedInto(Period period) {
    return new ActionStatus(row.nr(), period, state, state.label(), comment(), row.where());
  }
}

package se.tertial.write;

import java.util.Optional;
import se.tertial.model.FinishedAction;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Åtgärder (actions) that were finished or cancelled in an earlier period stay so: a new period
 * gets a status row that says so, instead of an empty one that {@code check} would warn about as
 * "saknar status". The rule is {@link FinishedAction}'s, the same as rendering uses.
 */
final class FinishedActions {
  private FinishedActions() {}

  /**
   * The status row to carry into {@code open} for action {@code nr}: its state and a comment naming
   * the period it was finished in; empty when its latest earlier status is not Genomförd or
   * Avbruten.
   */
  static Optional<Carried> carried(Report report, String nr, Period open) {
    return FinishedAction.before(report, nr, open)
        .map(f -> new Carried(f.state().label(), f.comment()));
  }

  /** A carried status: the label to write in Status and the comment. */
  record Carried(String status, String comment) {}
}

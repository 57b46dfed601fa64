package se.tertial.model;

import java.util.Objects;

/**
 * The status of one action in one period (Åtgärdsstatus).
 *
 * @param nr the action's number
 * @param period the period
 * @param state the normalised status
 * @param statusText the status exactly as written (kept so a misspelling can be shown)
 * @param comment kommentar, may be empty
 * @param where the row it was read from
 */
public record ActionStatus(
    String nr,
    Period period,
    ActionState state,
    String statusText,
    String comment,
    SourceRef where) {

  public ActionStatus {
    Objects.requireNonNull(nr, "nr");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(state, "state");
    statusText = Objects.requireNonNullElse(statusText, state.label());
    comment = Objects.requireNonNullElse(comment, "");
  }
}

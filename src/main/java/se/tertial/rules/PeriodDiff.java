package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.FinishedAction;
import se.tertial.model.Judgement;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * What changed between two periods of one report: judgements that moved, actions whose status
 * changed, and measures that had data before but lack it now. Used by {@code tertial diff} for CI
 * review and the summary text.
 *
 * @param from the earlier period
 * @param to the later period
 * @param judgements measures whose judgement differs, in report order
 * @param statuses actions whose status differs (or appeared/disappeared), in report order
 * @param newlyMissing measures with numbers in {@code from} but none in {@code to} although due in
 *     it
 */
public record PeriodDiff(
    Period from,
    Period to,
    List<JudgementChange> judgements,
    List<StatusChange> statuses,
    List<String> newlyMissing) {

  /**
   * How a judgement moved. Ej bedömd is no step on the scale: a judgement where there was none is
   * {@link #NEW}, one that is gone is {@link #GONE}, neither better nor worse.
   */
  public enum Movement {
    /** Up the scale Ej uppfyllt → Delvis uppfyllt → Uppfyllt. */
    IMPROVED,
    /** Down the scale. */
    WORSENED,
    /** Ej bedömd → a judgement: "ny bedömning". */
    NEW,
    /** A judgement → Ej bedömd: "bedömning saknas". */
    GONE;

    /** The stable code in {@code diff --format json}: {@code improved}, {@code new}, … */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Swedish: "förbättrad", "försämrad", "ny bedömning", "bedömning saknas". */
    public String label() {
      return RuleMessages.get("movement." + code());
    }
  }

  /** A measure whose judgement moved. */
  public record JudgementChange(String measureId, String name, Judgement from, Judgement to) {
    /** How it moved: along the scale, or to or from Ej bedömd. */
    public Movement movement() {
      if (from == Judgement.NOT_ASSESSED) {
        return Movement.NEW;
      }
      if (to == Judgement.NOT_ASSESSED) {
        return Movement.GONE;
      }
      return to.rank() > from.rank() ? Movement.IMPROVED : Movement.WORSENED;
    }

    /** Whether it moved up the scale (never for a new judgement or one that is gone). */
    public boolean improved() {
      return movement() == Movement.IMPROVED;
    }

    /** Whether it moved down the scale (never for a new judgement or one that is gone). */
    public boolean worsened() {
      return movement() == Movement.WORSENED;
    }
  }

  /** An action whose status changed; empty where the period has no status. */
  public record StatusChange(
      String nr, String title, Optional<ActionState> from, Optional<ActionState> to) {}

  public PeriodDiff {
    judgements = List.copyOf(judgements);
    statuses = List.copyOf(statuses);
    newlyMissing = List.copyOf(newlyMissing);
  }

  /** Compares two evaluations of the same report. */
  public static PeriodDiff between(ReportEvaluation earlier, ReportEvaluation later) {
    Map<String, MeasureJudgement> before = byId(earlier.measures());
    List<JudgementChange> judgements = new ArrayList<>();
    List<String> newlyMissing = new ArrayList<>();
    for (MeasureJudgement now : later.measures()) {
      MeasureJudgement then = before.get(now.measure().id());
      if (then == null || !now.due()) {
        // Not due in the later period: followed up elsewhere, nothing moved or went missing.
        continue;
      }
      if (then.judgement() != now.judgement()) {
        judgements.add(
            new JudgementChange(
                now.measure().id(), now.measure().name(), then.judgement(), now.judgement()));
      }
      if (hasNumbers(then.outcome()) && !hasNumbers(now.outcome())) {
        newlyMissing.add(now.measure().id());
      }
    }
    return new PeriodDiff(
        earlier.period(),
        later.period(),
        judgements,
        statusChanges(later.report(), earlier.period(), later.period()),
        newlyMissing);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return judgements.isEmpty() && statuses.isEmpty() && newlyMissing.isEmpty();
  }

  private static List<StatusChange> statusChanges(Report report, Period from, Period to) {
    List<StatusChange> changes = new ArrayList<>();
    for (Action action : report.actions()) {
      // A finished action stays finished (FinishedAction), as render and next-period show it.
      Optional<ActionState> before =
          FinishedAction.statusIn(report, action.nr(), from).map(ActionStatus::state);
      Optional<ActionState> after =
          FinishedAction.statusIn(report, action.nr(), to).map(ActionStatus::state);
      if (!before.equals(after)) {
        changes.add(new StatusChange(action.nr(), action.title(), before, after));
      }
    }
    return changes;
  }

  private static boolean hasNumbers(Optional<Outcome> outcome) {
    return outcome.map(Outcome::hasNumbers).orElse(false);
  }

  private static Map<String, MeasureJudgement> byId(List<MeasureJudgement> measures) {
    return measures.stream()
        .collect(Collectors.toMap(m -> m.measure().id(), Function.identity(), (a, b) -> a));
  }
}

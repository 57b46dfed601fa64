package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
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
 * @param newlyMissing measures with numbers in {@code from} but none in {@code to}
 */
public record PeriodDiff(
    Period from,
    Period to,
    List<JudgementChange> judgements,
    List<StatusChange> statuses,
    List<String> newlyMissing) {

  /** A measure whose judgement moved; {@code improved} follows the judgement scale. */
  public record JudgementChange(String measureId, String name, Judgement from, Judgement to) {
    public boolean improved() {
      return to.rank() > from.rank();
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
      if (then == null) {
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
      Optional<ActionState> before = report.status(action.nr(), from).map(ActionStatus::state);
      Optional<ActionState> after = report.status(action.nr(), to).map(ActionStatus::state);
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

package se.tertial.read;

import java.util.List;
import java.util.Set;
import se.tertial.model.Action;
import se.tertial.model.Finding;
import se.tertial.model.FinishedAction;
import se.tertial.model.FollowUp;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Warns about what is missing for the report's period: a measure without outcome (when the measure
 * is followed up in that period) and an action without status (one finished or cancelled in an
 * earlier period has one: {@link FinishedAction}).
 */
public final class CompletenessCheck {
  private final Findings findings;

  CompletenessCheck(Findings findings) {
    this.findings = findings;
  }

  /**
   * Checks the report's period. Measures and actions in {@code rejectedIds}/{@code rejectedNrs} had
   * a row left out for an error already reported, so they get no second finding.
   */
  void check(Report report, Set<String> rejectedIds, Set<String> rejectedNrs) {
    Period period = report.info().period();
    for (Measure measure : report.measures()) {
      boolean reported =
          report.outcome(measure.id(), period).filter(CompletenessCheck::hasValue).isPresent();
      if (!reported && followedUpIn(measure, period) && !rejectedIds.contains(measure.id())) {
        findings.warning(
            "outcome.missing", measure.where().column("ID"), measure.id(), period.code());
      }
    }
    for (Action action : report.actions()) {
      // An action finished or cancelled earlier stays so (FinishedAction): nothing to ask for.
      boolean known = FinishedAction.statusIn(report, action.nr(), period).isPresent();
      if (!known && !rejectedNrs.contains(action.nr())) {
        findings.warning("status.missing", action.where().column("Nr"), action.nr(), period.code());
      }
    }
  }

  /**
   * The findings of this check for a report judged for another period than the one it was read for
   * ({@code render --period 2024-T1,2024-T2}, {@code batch}): the read-time findings name the read
   * period, these name {@code report.info().period()}. Rows left out for an error are not known
   * here; the error stops the render anyway.
   */
  public static List<Finding> findings(Report report) {
    Findings findings = new Findings();
    new CompletenessCheck(findings).check(report, Set.of(), Set.of());
    return findings.list();
  }

  /** The codes of this check's findings (what one period lacks). */
  public static final Set<String> CODES = Set.of("outcome.missing", "status.missing");

  private static boolean hasValue(Outcome outcome) {
    return outcome.hasNumbers() || !outcome.valueText().isBlank();
  }

  /** Whether the measure's Uppföljningsperiod includes the period (see {@link FollowUp}). */
  static boolean followedUpIn(Measure measure, Period period) {
    return FollowUp.parse(measure.followUp()).includes(period);
  }
}

package se.tertial.rules;

import java.util.List;
import java.util.Objects;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * The rule engine's part of validation, one function for {@code check}, {@code render}, {@code
 * evaluate} and {@code batch}: the findings judging the period raises. Each names the Mål or
 * Bedömning cell (file, sheet, row, column):
 *
 * <ul>
 *   <li>{@code rule.not_assessable}: a target that cannot be judged (unknown words quoted, two
 *       readings, no direction); deliberately open targets ("Under utredning") are not reported;
 *   <li>{@code judgement.manual_differs}: a manual Bedömning that disagrees with the computed one;
 *   <li>{@code target.fraction}: a target on a share that looks like a fraction (0,85 for 85 %).
 * </ul>
 *
 * Shares among the outcomes that look like fractions are reported by the reader (ShareCheck).
 */
public final class TargetChecks {
  private TargetChecks() {}

  /** The rule findings for {@code report} judged for {@code period}; pure. */
  public static List<Finding> findings(Report report, Period period, EvaluationOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(period, "period");
    return new ReportEvaluator(options).evaluate(report, period).findings();
  }

  /** The period {@code check} judges: the given one, else the report's, else its last. */
  public static Period periodOf(Report report, Period override) {
    if (override != null) {
      return override;
    }
    if (report.info().period() != null) {
      return report.info().period();
    }
    return report.periods().isEmpty() ? null : report.periods().last();
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.JudgementSettings;
import se.tertial.model.ReportInfo;
import se.tertial.model.TrendBase;

/**
 * What a judging run overrides of the report's own settings ({@code --tolerance}, {@code
 * --trend-base}).
 *
 * @param tolerance the tolerance band in percent of the target for "partly met", or null to use the
 *     report's {@code Toleransgräns} (default 10 %)
 * @param trendBase what the trend compares with, or null to use the report's {@code Trendbas}
 *     (default: the same period the year before)
 */
public record EvaluationOptions(BigDecimal tolerance, TrendBase trendBase) {

  /** The report's own settings (Toleransgräns, Trendbas) with nothing overridden. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(null, null);
  }

  /** The settings a run over a report with {@code info} uses: these options', else the report's. */
  public JudgementSettings settingsFor(ReportInfo info) {
    JudgementSettings own = JudgementSettings.of(info);
    return new JudgementSettings(
        Objects.requireNonNullElse(tolerance, own.tolerance()),
        own.absoluteTolerance(),
        Objects.requireNonNullElse(trendBase, own.trendBase()));
  }
}

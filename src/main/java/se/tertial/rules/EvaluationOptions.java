package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.ReportInfo;

/**
 * Settings of a judging run.
 *
 * @param tolerance the tolerance band in percent of the target for "partly met", or null to use the
 *     report's {@code Toleransgräns} (default 10 %)
 * @param trendBase what the trend compares with, or null to use the report's {@code Trendbas}
 *     (default: the same period the year before)
 */
public record EvaluationOptions(BigDecimal tolerance, TrendBase trendBase) {

  /** What the trend (utveckling) compares the period's outcome with. */
  public enum TrendBase {
    /** The same period the previous year (the default). */
    SAME_PERIOD_PREVIOUS_YEAR,
    /** The previous reported period of the measure. */
    PREVIOUS_PERIOD;

    /** The code as in {@code --trend-base} and the JSON: {@code same-period-last-year} … */
    public String code() {
      return this == PREVIOUS_PERIOD
          ? ReportInfo.TREND_PREVIOUS_PERIOD
          : ReportInfo.TREND_SAME_PERIOD_LAST_YEAR;
    }

    /**
     * A trend base as written in {@code --trend-base} or the Rapport field {@code Trendbas}.
     *
     * @throws se.tertial.model.InvalidValueException for an unknown text
     */
    public static TrendBase parse(String text) {
      String code =
          text.strip().equalsIgnoreCase("same-period-previous-year")
              ? ReportInfo.TREND_SAME_PERIOD_LAST_YEAR
              : ReportInfo.trendBaseCode(text);
      return code.equals(ReportInfo.TREND_PREVIOUS_PERIOD)
          ? PREVIOUS_PERIOD
          : SAME_PERIOD_PREVIOUS_YEAR;
    }
  }

  /** The report's own settings (Toleransgräns, Trendbas) with nothing overridden. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(null, null);
  }
}

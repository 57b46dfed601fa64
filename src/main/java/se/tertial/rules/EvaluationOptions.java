package se.tertial.rules;

import java.math.BigDecimal;

/**
 * Settings of a judging run.
 *
 * @param tolerance the tolerance band in percent of the target for "partly met", or null to use the
 *     report's {@code Toleransgräns} (default 10 %)
 * @param trendBase what the trend compares with
 */
public record EvaluationOptions(BigDecimal tolerance, TrendBase trendBase) {

  /** What the trend (utveckling) compares the period's outcome with. */
  public enum TrendBase {
    /** The same period the previous year (the default). */
    SAME_PERIOD_PREVIOUS_YEAR,
    /** The previous reported period of the measure. */
    PREVIOUS_PERIOD
  }

  public static EvaluationOptions defaults() {
    return new EvaluationOptions(null, TrendBase.SAME_PERIOD_PREVIOUS_YEAR);
  }
}

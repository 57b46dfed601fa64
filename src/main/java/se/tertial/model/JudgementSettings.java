package se.tertial.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The settings a judging run used, so every output of it (the PDF legend, {@code evaluate}'s JSON)
 * states the same ones.
 *
 * @param tolerance the tolerance band (toleransgräns) in percent of the target value
 * @param absoluteTolerance an absolute band in the measure's unit, used for a zero target, or null
 * @param trendBase what trends compare with
 */
public record JudgementSettings(
    BigDecimal tolerance, BigDecimal absoluteTolerance, TrendBase trendBase) {

  public JudgementSettings {
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(trendBase, "trendBase");
  }

  /**
   * The report's own settings: its {@code Toleransgräns} and {@code Trendbas}, the default trend
   * base (the same period last year) when it gives none.
   */
  public static JudgementSettings of(ReportInfo info) {
    return new JudgementSettings(
        info.tolerance(),
        info.absoluteTolerance(),
        Objects.requireNonNullElse(info.trendBase(), TrendBase.SAME_PERIOD_LAST_YEAR));
  }
}

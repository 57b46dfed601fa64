package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.Judgement;
import se.tertial.model.Period;

/**
 * The judgement of one breakdown (K, M or total) of an outcome.
 *
 * @param value the period's value, or null
 * @param comparison the value the trend compared it with, or null when that period has none
 * @param comparisonPeriod the period of {@code comparison} (the one looked in, also when it had no
 *     value), or null when no earlier period was there to look in
 * @param judgement måluppfyllelse for this breakdown
 * @param trend utveckling for this breakdown
 */
public record SexJudgement(
    BigDecimal value,
    BigDecimal comparison,
    Period comparisonPeriod,
    Judgement judgement,
    Trend trend) {

  /** A breakdown without a known comparison period (test fixtures, hand-made evaluations). */
  public SexJudgement(BigDecimal value, BigDecimal comparison, Judgement judgement, Trend trend) {
    this(value, comparison, null, judgement, trend);
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Period;
import se.tertial.model.Polarity;

/**
 * Everything one rule needs to judge one breakdown (K, M or total) of an outcome. Built by the
 * report evaluator from the report; a plain value so {@link RuleEvaluator} stays a pure function.
 *
 * @param period the period judged
 * @param value the period's value (never rounded)
 * @param unit the measure's unit, for the reason ("%", "mnkr", or empty)
 * @param polarity the effective direction: Riktning, else what the rule implies
 * @param sameLastYear the same period the previous year, or null
 * @param previous the previous reported period, or null
 * @param base the rule's base year value ("jmf 2020"), or null
 * @param reference the reference value (riket, andra regioner), or null
 * @param tolerance the tolerance band
 */
public record RuleInput(
    Period period,
    BigDecimal value,
    String unit,
    Polarity polarity,
    Comparison sameLastYear,
    Comparison previous,
    Comparison base,
    BigDecimal reference,
    Tolerance tolerance) {

  public RuleInput {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    unit = Objects.requireNonNullElse(unit, "");
    polarity = Objects.requireNonNullElse(polarity, Polarity.UNSPECIFIED);
    Objects.requireNonNull(tolerance, "tolerance");
  }

  /** The same input with another value (used by property tests and per-sex thresholds). */
  public RuleInput withValue(BigDecimal other) {
    return new RuleInput(
        period, other, unit, polarity, sameLastYear, previous, base, reference, tolerance);
  }
}

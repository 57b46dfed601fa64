package se.tertial.rules;

import java.util.Objects;
import java.util.Optional;
import se.tertial.model.Period;
import se.tertial.model.TrendBase;

/**
 * What the trend (utveckling) of a measure compared the period's outcome with: the trend base and
 * the one period looked in. The values found there, per breakdown, are in {@link
 * MeasureJudgement#bySex()} ({@link SexJudgement#comparison()}); a breakdown without one has an
 * unknown trend — never another period's number.
 *
 * @param base the trend base the run used
 * @param period the same period the year before; under {@code previous-period} the latest earlier
 *     period the measure has numbers for, or empty when it has none
 */
public record TrendComparison(TrendBase base, Optional<Period> period) {
  public TrendComparison {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(period, "period");
  }
}

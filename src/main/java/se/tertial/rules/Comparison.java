package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Period;

/**
 * A value an outcome is compared with, and the period it belongs to (shown in the reason).
 *
 * @param value the value, never null
 * @param period the period it was reported for
 */
public record Comparison(BigDecimal value, Period period) {
  public Comparison {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
  }
}

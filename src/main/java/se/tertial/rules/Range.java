package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * "70–90 %", "Mellan 70 och 90 %", "Inom intervallet 95–105 %", "Minst 70 %, högst 90 %": the
 * outcome must lie in the interval, both ends included. Neither direction is better; outside, the
 * distance to the nearest end is judged with the tolerance band.
 *
 * @param text as written
 * @param low the lower end, included
 * @param high the upper end, included; greater than {@code low}
 * @param unit the unit written ("%", "dagar"…) or empty
 * @param due the deadline ("Mellan 70 och 80 % senast 2027"), or null when the interval applies now
 */
public record Range(String text, BigDecimal low, BigDecimal high, String unit, Due due)
    implements TargetRule {
  public Range {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    unit = Objects.requireNonNullElse(unit, "");
    if (low.compareTo(high) >= 0) {
      throw new IllegalArgumentException("range " + low + ".." + high);
    }
  }

  /** An interval that applies now. */
  public Range(String text, BigDecimal low, BigDecimal high, String unit) {
    this(text, low, high, unit, null);
  }

  /** The same interval by {@code other}. */
  Range by(Due other) {
    return new Range(text, low, high, unit, other);
  }

  @Override
  public String type() {
    return "range";
  }
}

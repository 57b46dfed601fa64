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
 */
public record Range(String text, BigDecimal low, BigDecimal high, String unit)
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

  @Override
  public String type() {
    return "range";
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "70%", "Minst 70 %", "Under 6,5%", "0,0": a value to reach, with the bound from the words or from
 * {@code Riktning}.
 *
 * @param text as written
 * @param value the target value, in the unit written (percent units for %)
 * @param unit the unit written after the number ("%", "kr", "mnkr"…) or empty
 * @param bound how the outcome must relate to the value
 */
public record Threshold(String text, BigDecimal value, String unit, Bound bound)
    implements TargetRule {
  public Threshold {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    unit = Objects.requireNonNullElse(unit, "");
    Objects.requireNonNull(bound, "bound");
  }

  @Override
  public String type() {
    return "threshold";
  }

  @Override
  public Polarity impliedPolarity() {
    return bound.polarity();
  }
}

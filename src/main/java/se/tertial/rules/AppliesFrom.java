package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "Minst 90 % från 2027", "Fr.o.m. 2027 minst 90 %": a level that applies from the start of a year
 * on. Before that year the target does not apply at all, so a period before it is not assessed —
 * never not met, and never judged as progress towards it (that is a deadline, "senast 2027").
 *
 * @param text as written
 * @param rule the level that applies from {@code year}: a {@link Threshold} or a {@link Range}
 * @param year the first year the level applies
 */
public record AppliesFrom(String text, TargetRule rule, int year) implements TargetRule {
  public AppliesFrom {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    if (!(rule instanceof Threshold || rule instanceof Range r && r.due() == null)) {
      throw new IllegalArgumentException("applies from " + year + ": " + rule.type());
    }
  }

  @Override
  public String type() {
    return "applies_from";
  }

  @Override
  public Polarity impliedPolarity() {
    return rule.impliedPolarity();
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "Minska med 50% jmf 2020", "Öka med 2 procentenheter", "Öka med minst 500 besök till 2025": the
 * target is the base changed by an amount, relative (percent of the base) or absolute (in the unit
 * written; procentenheter are absolute percentage points, never a relative %).
 *
 * @param text as written
 * @param increase true for öka/höja, false for minska/sänka
 * @param amount the change, positive
 * @param relative true when {@code amount} is a percent of the base
 * @param unit the unit of an absolute amount ("procentenheter", "st", "dagar"…), "%" if relative
 * @param bound how the outcome must relate to the changed base: AT_LEAST for öka (med minst),
 *     AT_MOST for minska; "öka med högst 3 %" is AT_MOST
 * @param base what the change is measured from
 * @param due the deadline, or null: before it, progress counts as partly met
 */
public record Change(
    String text,
    boolean increase,
    BigDecimal amount,
    boolean relative,
    String unit,
    Bound bound,
    Base base,
    Due due)
    implements TargetRule {
  public Change {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(amount, "amount");
    unit = Objects.requireNonNullElse(unit, "");
    Objects.requireNonNull(bound, "bound");
    base = Objects.requireNonNullElse(base, Base.sameLastYear());
  }

  /** The better direction, from the bound. */
  public Polarity better() {
    return bound.polarity();
  }

  /** The base year when the base is a year or an exact period, else null. */
  public Integer baseYear() {
    return base.year();
  }

  @Override
  public String type() {
    return "change";
  }

  @Override
  public Polarity impliedPolarity() {
    return better();
  }
}

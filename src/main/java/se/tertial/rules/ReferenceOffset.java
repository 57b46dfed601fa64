package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "2 p.e. över riket", "Minst 5 % bättre än riket", "Högst 10 % över rikssnittet": a threshold
 * placed at a distance from a reference value (jämförelsevärde): the reference plus {@code delta}
 * (in the unit written: procentenheter and other units are absolute, % is relative to the
 * reference).
 *
 * @param text as written
 * @param reference what is compared with ("riket", "länet"…)
 * @param delta the signed distance: positive above the reference, negative below
 * @param relative true when {@code delta} is a percent of the reference
 * @param unit "%" when relative, else the unit of the absolute distance (may be empty)
 * @param bound how the outcome must relate to the shifted reference
 */
public record ReferenceOffset(
    String text, String reference, BigDecimal delta, boolean relative, String unit, Bound bound)
    implements TargetRule {
  public ReferenceOffset {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(delta, "delta");
    unit = Objects.requireNonNullElse(unit, "");
    Objects.requireNonNull(bound, "bound");
  }

  @Override
  public String type() {
    return "reference_offset";
  }

  @Override
  public Polarity impliedPolarity() {
    return bound.polarity();
  }
}

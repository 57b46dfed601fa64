package se.tertial.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import se.tertial.model.SwedishFormat;

/**
 * The band below a target (or beyond a reference) in which a miss is "partly met".
 *
 * @param percent the band in percent of the target value (default 10)
 * @param absolute an absolute band in the measure's unit, used only for a zero target, or null
 */
public record Tolerance(BigDecimal percent, BigDecimal absolute) {

  public Tolerance {
    Objects.requireNonNull(percent, "percent");
  }

  /** The band around {@code target}: a share of it, or for a zero target the absolute band. */
  public BigDecimal band(BigDecimal target) {
    if (target.signum() == 0) {
      return absolute == null ? BigDecimal.ZERO : absolute.abs();
    }
    return target.abs().multiply(percent, MathContext.DECIMAL64).movePointLeft(2);
  }

  /** "10 %" or, for a zero target, "1 mnkr". */
  public String describe(BigDecimal target, String unit) {
    if (target.signum() == 0) {
      return absolute == null ? "" : SwedishFormat.withUnit(absolute.abs(), unit);
    }
    return SwedishFormat.withUnit(percent.stripTrailingZeros(), "%");
  }
}

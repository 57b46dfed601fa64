package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * "70–90 %", "Mellan 70 och 90 %", "Inom intervallet 95–105 %", "Minst 70 %, högst 90 %": the
 * outcome must lie in the interval, both ends included — unless written strict ("Över 70 men under
 * 80 %": neither end included). Neither direction is better; outside, the distance to the nearest
 * end is judged with the tolerance band.
 *
 * @param text as written
 * @param low the lower end
 * @param high the upper end; greater than {@code low}
 * @param unit the unit written ("%", "dagar"…) or empty
 * @param due the deadline ("Mellan 70 och 80 % senast 2027"), or null when the interval applies now
 * @param lowIncluded whether the outcome may equal {@code low} ("minst 70", not "över 70")
 * @param highIncluded whether the outcome may equal {@code high} ("högst 80", not "under 80")
 */
public record Range(
    String text,
    BigDecimal low,
    BigDecimal high,
    String unit,
    Due due,
    boolean lowIncluded,
    boolean highIncluded)
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

  /** An interval that applies now, both ends included. */
  public Range(String text, BigDecimal low, BigDecimal high, String unit) {
    this(text, low, high, unit, null, true, true);
  }

  /** The same interval by {@code other}. */
  Range by(Due other) {
    return new Range(text, low, high, unit, other, lowIncluded, highIncluded);
  }

  /** Whether both ends are included (the usual interval). */
  public boolean closed() {
    return lowIncluded && highIncluded;
  }

  /** The lower end as a bound: minst (included) or över. */
  public Bound lowBound() {
    return lowIncluded ? Bound.AT_LEAST : Bound.ABOVE;
  }

  /** The upper end as a bound: högst (included) or under. */
  public Bound highBound() {
    return highIncluded ? Bound.AT_MOST : Bound.BELOW;
  }

  @Override
  public String type() {
    return "range";
  }
}

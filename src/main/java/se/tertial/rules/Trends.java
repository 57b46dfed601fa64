package se.tertial.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import se.tertial.model.Polarity;

/** Utveckling: how a value moved against its comparison, at the precision the report shows. */
public final class Trends {
  private Trends() {}

  /**
   * The trend of {@code value} against {@code comparison}. Both are compared at the number of
   * decimals {@code value} was written with (its scale), because a move the report cannot show
   * (14,5 against 14,52) would be an arrow nobody can read from the table. Unknown when either is
   * missing; a move with unknown polarity is unknown too.
   */
  public static Trend of(BigDecimal value, BigDecimal comparison, Polarity polarity) {
    if (value == null || comparison == null) {
      return Trend.UNKNOWN;
    }
    int scale = Math.max(value.scale(), 0);
    int cmp =
        value
            .setScale(scale, RoundingMode.HALF_UP)
            .compareTo(comparison.setScale(scale, RoundingMode.HALF_UP));
    if (cmp == 0) {
      return Trend.UNCHANGED;
    }
    return switch (polarity) {
      case HIGHER_IS_BETTER -> cmp > 0 ? Trend.IMPROVED : Trend.WORSENED;
      case LOWER_IS_BETTER -> cmp < 0 ? Trend.IMPROVED : Trend.WORSENED;
      case UNSPECIFIED -> Trend.UNKNOWN;
    };
  }

  /**
   * The trend of {@code value} against {@code comparison} for a target that is a range and a
   * measure without Riktning: the range says what is better, so nearer the range is improved and
   * farther from it worsened; the same distance (inside the range both times, too) is unchanged.
   * Distances are compared at the precision {@code value} was written with, as in {@link #of}.
   */
  public static Trend towardRange(
      BigDecimal value, BigDecimal comparison, BigDecimal low, BigDecimal high) {
    if (value == null || comparison == null) {
      return Trend.UNKNOWN;
    }
    int scale = Math.max(value.scale(), 0);
    BigDecimal now = outside(value, low, high).setScale(scale, RoundingMode.HALF_UP);
    BigDecimal before = outside(comparison, low, high).setScale(scale, RoundingMode.HALF_UP);
    int cmp = now.compareTo(before);
    return cmp == 0 ? Trend.UNCHANGED : cmp < 0 ? Trend.IMPROVED : Trend.WORSENED;
  }

  /** How far a value is outside [low, high]; zero inside. */
  private static BigDecimal outside(BigDecimal value, BigDecimal low, BigDecimal high) {
    if (value.compareTo(low) < 0) {
      return low.subtract(value);
    }
    return value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
  }

  /**
   * The overall trend of K and M: the same when they agree; the moving one when the other is
   * unchanged or unknown; unknown when they move opposite ways (the table shows each sex's arrow,
   * and an overall arrow either way would hide one of them).
   */
  public static Trend combine(Collection<Trend> trends) {
    boolean up = trends.contains(Trend.IMPROVED);
    boolean down = trends.contains(Trend.WORSENED);
    if (up && down) {
      return Trend.UNKNOWN;
    }
    if (up) {
      return Trend.IMPROVED;
    }
    if (down) {
      return Trend.WORSENED;
    }
    return trends.contains(Trend.UNCHANGED) ? Trend.UNCHANGED : Trend.UNKNOWN;
  }
}

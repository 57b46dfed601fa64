package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.Outcome;
import se.tertial.model.Sex;

/**
 * A balance between the sexes (jämn könsfördelning) stated as a band, "40–60 %": a band on the
 * share of one sex. On an outcome split by sex it can be judged only when K and M are the two
 * shares of one whole (they add up to 100 %, within a rounding of one unit) and the band is the
 * same for either sex (its ends add up to 100): then K inside the band is M inside it, and judging
 * each is judging the balance. Pure functions.
 */
final class SexBalance {
  private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  private SexBalance() {}

  /** Whether the band can be judged on the outcome's K and M values. */
  static boolean sharesOfOneWhole(Range band, Outcome o) {
    BigDecimal women = o.value(Sex.WOMEN);
    BigDecimal men = o.value(Sex.MEN);
    if (women == null || men == null || !band.unit().equals("%")) {
      return false;
    }
    boolean whole = women.add(men).subtract(WHOLE).abs().compareTo(BigDecimal.ONE) <= 0;
    boolean symmetric = band.low().add(band.high()).compareTo(WHOLE) == 0;
    return whole && symmetric;
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.SwedishFormat;

/** Small Swedish phrases shared by the judges: values with units, relations, polarity. */
final class Phrases {
  private Phrases() {}

  static String value(BigDecimal value, String unit) {
    return SwedishFormat.withUnit(value, unit);
  }

  /**
   * A computed value (a relative target such as 37 × 0,95) for display only: at most two decimals
   * more than its base, trailing zeros dropped. Judging always uses the exact value.
   */
  static String computed(BigDecimal value, int baseScale, String unit) {
    BigDecimal shown = value;
    if (value.scale() > baseScale + 2) {
      shown = value.setScale(Math.max(baseScale + 2, 0), RoundingMode.HALF_UP);
    }
    shown = shown.stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return SwedishFormat.withUnit(shown, unit);
  }

  /** "är högre än", "är lika med", "är lägre än". */
  static String relation(BigDecimal value, BigDecimal other) {
    int cmp = value.compareTo(other);
    return RuleMessages.get(cmp > 0 ? "rel.higher" : cmp < 0 ? "rel.lower" : "rel.equal");
  }

  /** "högre är bättre" or "lägre är bättre"; empty when unspecified. */
  static String polarity(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> RuleMessages.get("pol.higher");
      case LOWER_IS_BETTER -> RuleMessages.get("pol.lower");
      case UNSPECIFIED -> RuleMessages.get("pol.none");
    };
  }

  /** "ökat", "minskat" or "inte ändrats" from {@code from} to {@code to}. */
  static String moved(BigDecimal to, BigDecimal from) {
    int cmp = to.compareTo(from);
    return RuleMessages.get(cmp > 0 ? "moved.up" : cmp < 0 ? "moved.down" : "moved.none");
  }

  static String period(Period period) {
    return period.label();
  }

  static String comparison(Comparison comparison, String unit) {
    return value(comparison.value(), unit) + " (" + period(comparison.period()) + ")";
  }

  /** "vid årets slut", "vid slutet av 2023", "i juni 2022". */
  static String deadline(Integer year, int month, Period judged) {
    boolean sameYear = year == null || year == judged.year();
    if (month == 12) {
      return sameYear
          ? RuleMessages.get("deadline.yearEnd")
          : RuleMessages.get("deadline.endOf", String.valueOf(year));
    }
    String when = Period.monthName(month) + " " + (year == null ? judged.year() : year);
    return RuleMessages.get("deadline.month", when);
  }

  /** Upper-cases the first letter and adds a full stop: a clause becomes a sentence. */
  static String sentence(String clause) {
    String text = clause.strip();
    if (text.isEmpty()) {
      return text;
    }
    String first = text.substring(0, 1).toUpperCase(Messages.SWEDISH);
    String rest = text.substring(1);
    return first + rest + (rest.endsWith(".") ? "" : ".");
  }
}

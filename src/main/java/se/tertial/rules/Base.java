package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Period;

/**
 * What a change or comparison target is measured against (jämförelsebas): by default the same
 * period the year before.
 *
 * @param kind which comparison value
 * @param year the base year for {@link Kind#YEAR}, else null
 * @param period the exact base period for {@link Kind#PERIOD}, else null
 */
public record Base(Kind kind, Integer year, Period period) {

  /** Kinds of base. */
  public enum Kind {
    /** Samma period föregående år (also "föregående år", "fjolåret"): the default. */
    SAME_PERIOD_LAST_YEAR,
    /** Föregående tertial / period: the latest earlier reported period. */
    PREVIOUS_PERIOD,
    /** A base year ("jämfört med 2019"): the same period that year, else that year's ÅR value. */
    YEAR,
    /** An exact period ("2019-T1"). */
    PERIOD
  }

  public Base {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.YEAR && year == null) {
      throw new IllegalArgumentException("year missing");
    }
    if (kind == Kind.PERIOD && period == null) {
      throw new IllegalArgumentException("period missing");
    }
  }

  /** The default base: the same period the year before. */
  public static Base sameLastYear() {
    return new Base(Kind.SAME_PERIOD_LAST_YEAR, null, null);
  }

  /** A base year, or the default when {@code year} is null. */
  public static Base ofYear(Integer year) {
    return year == null ? sameLastYear() : new Base(Kind.YEAR, year, null);
  }

  static Base previousPeriod() {
    return new Base(Kind.PREVIOUS_PERIOD, null, null);
  }

  static Base of(Period period) {
    return new Base(Kind.PERIOD, period.year(), period);
  }

  /** The stable code used in JSON and the corpus: {@code same_period_last_year}, {@code 2019}… */
  public String code() {
    return switch (kind) {
      case SAME_PERIOD_LAST_YEAR -> "same_period_last_year";
      case PREVIOUS_PERIOD -> "previous_period";
      case YEAR -> String.valueOf(year);
      case PERIOD -> period.code();
    };
  }

  /** Swedish: "samma period föregående år", "samma period 2019", "T1 2019". */
  public String label() {
    return switch (kind) {
      case SAME_PERIOD_LAST_YEAR -> RuleMessages.get("base.sameLastYear");
      case PREVIOUS_PERIOD -> RuleMessages.get("base.previous");
      case YEAR -> RuleMessages.get("base.year", String.valueOf(year));
      // "2019-ÅR", not "ÅR 2019", which would read back as the base year 2019.
      case PERIOD -> period.code().endsWith("ÅR") ? period.code() : period.label();
    };
  }
}

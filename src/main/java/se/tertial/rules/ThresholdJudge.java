package se.tertial.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Predicate;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;

/** Judges thresholds and deadlines: pure functions of a rule and a {@link RuleInput}. */
final class ThresholdJudge {
  private ThresholdJudge() {}

  /** Whether {@code value} reaches the threshold exactly as written (no tolerance, no rounding). */
  static boolean reached(Threshold rule, BigDecimal value) {
    int cmp = value.compareTo(rule.value());
    return switch (rule.bound()) {
      case AT_LEAST -> cmp >= 0;
      case ABOVE -> cmp > 0;
      case AT_MOST -> cmp <= 0;
      case BELOW -> cmp < 0;
    };
  }

  /** Met if reached; partly met within the tolerance band; not met otherwise. */
  static Verdict threshold(Threshold rule, RuleInput in) {
    String unit = unit(rule, in);
    BigDecimal target = rule.value();
    String value = Phrases.value(in.value(), unit);
    String relation = Phrases.relation(in.value(), target);
    String targetText = targetText(rule, unit);
    String polarity = Phrases.polarity(rule.bound().polarity());
    if (reached(rule, in.value())) {
      return new Verdict(
          Judgement.MET, RuleMessages.get("threshold.met", value, relation, targetText, polarity));
    }
    BigDecimal band = in.tolerance().band(target);
    BigDecimal miss = in.value().subtract(target).abs();
    if (band.signum() == 0) {
      String key = target.signum() == 0 ? "threshold.notMetNoBand" : "threshold.notMet";
      return new Verdict(
          Judgement.NOT_MET,
          RuleMessages.get(
              key, value, relation, targetText, polarity, in.tolerance().describe(target, unit)));
    }
    String tolerance = in.tolerance().describe(target, unit);
    if (miss.compareTo(band) <= 0) {
      return new Verdict(
          Judgement.PARTLY_MET,
          RuleMessages.get("threshold.partly", value, relation, targetText, polarity, tolerance));
    }
    return new Verdict(
        Judgement.NOT_MET,
        RuleMessages.get("threshold.notMet", value, relation, targetText, polarity, tolerance));
  }

  /**
   * Before the deadline: met if already reached, partly met if improved against the previous
   * reported period or the same period last year, not met if neither shows an improvement, and not
   * assessed when there is neither to compare with: a level not yet reached before its deadline
   * says nothing on its own about whether it will be. From the deadline on: a plain threshold.
   */
  static Verdict deadline(Deadline rule, RuleInput in) {
    Threshold threshold = rule.threshold();
    String when = Phrases.deadline(rule.year(), rule.month(), in.period());
    if (!beforeDeadline(rule, in.period())) {
      Verdict plain = threshold(threshold, in);
      return new Verdict(
          plain.judgement(), RuleMessages.get("deadline.after", plain.reason(), when));
    }
    String unit = unit(threshold, in);
    String value = Phrases.value(in.value(), unit);
    String target = targetText(threshold, unit);
    if (reached(threshold, in.value())) {
      return new Verdict(Judgement.MET, RuleMessages.get("deadline.met", value, target, when));
    }
    Polarity better = threshold.bound().polarity();
    return notYetReached(in, base -> improved(in.value(), base, better), value, target, when, unit);
  }

  /**
   * A target not reached before its deadline: partly met when {@code cameCloser} holds against the
   * previous reported period or, failing that, the same period last year; not met when neither
   * shows it; not assessed with neither to compare with.
   */
  private static Verdict notYetReached(
      RuleInput in,
      Predicate<BigDecimal> cameCloser,
      String value,
      String target,
      String when,
      String unit) {
    for (Comparison base : new Comparison[] {in.previous(), in.sameLastYear()}) {
      if (base != null && cameCloser.test(base.value())) {
        String which =
            base == in.previous()
                ? RuleMessages.get("deadline.previous")
                : RuleMessages.get("deadline.lastYear");
        return new Verdict(
            Judgement.PARTLY_MET,
            RuleMessages.get(
                "deadline.partly", value, target, when, Phrases.comparison(base, unit), which));
      }
    }
    Comparison shown = in.previous() != null ? in.previous() : in.sameLastYear();
    if (shown == null) {
      return Verdict.notAssessed(RuleMessages.get("deadline.noBase", value, target, when));
    }
    return new Verdict(
        Judgement.NOT_MET,
        RuleMessages.get("deadline.notMet", value, target, when, Phrases.comparison(shown, unit)));
  }

  /**
   * Inside the interval (ends included): met; outside: partly met when the distance to the nearest
   * end is within the tolerance band of that end, else not met.
   */
  static Verdict range(Range rule, RuleInput in) {
    String unit = in.unit().isBlank() ? rule.unit() : in.unit();
    String value = Phrases.value(in.value(), unit);
    String interval = RuleParaphrase.of(rule);
    int low = in.value().compareTo(rule.low());
    int high = in.value().compareTo(rule.high());
    boolean below = rule.lowIncluded() ? low < 0 : low <= 0;
    boolean above = rule.highIncluded() ? high > 0 : high >= 0;
    if (!below && !above) {
      return new Verdict(Judgement.MET, RuleMessages.get("range.met", value, interval));
    }
    BigDecimal end = below ? rule.low() : rule.high();
    BigDecimal band = in.tolerance().band(end);
    String tolerance = in.tolerance().describe(end, unit);
    if (band.signum() > 0 && in.value().subtract(end).abs().compareTo(band) <= 0) {
      return new Verdict(
          Judgement.PARTLY_MET, RuleMessages.get("range.partly", value, interval, tolerance));
    }
    return new Verdict(
        Judgement.NOT_MET, RuleMessages.get("range.notMet", value, interval, tolerance));
  }

  /**
   * An interval with a deadline ("Mellan 70 och 80 % senast 2027"), judged like a threshold's
   * deadline: from the deadline on a plain interval; before it met inside the interval, partly met
   * when the outcome came closer to it than the previous reported period or the same period last
   * year, not met when neither shows that, and not assessed with neither to compare with.
   */
  static Verdict rangeBy(Range rule, RuleInput in) {
    Due due = rule.due();
    String when = Phrases.deadline(due.year(), due.month(), in.period());
    Verdict plain = range(rule, in);
    if (!due.isAfter(in.period())) {
      return new Verdict(
          plain.judgement(), RuleMessages.get("deadline.after", plain.reason(), when));
    }
    String unit = in.unit().isBlank() ? rule.unit() : in.unit();
    String value = Phrases.value(in.value(), unit);
    String interval = RuleParaphrase.of(rule.by(null));
    if (plain.judgement() == Judgement.MET) {
      return new Verdict(Judgement.MET, RuleMessages.get("deadline.met", value, interval, when));
    }
    BigDecimal now = distance(rule, in.value());
    return notYetReached(
        in, base -> now.compareTo(distance(rule, base)) < 0, value, interval, when, unit);
  }

  /** How far {@code value} lies outside the interval: 0 inside it. */
  private static BigDecimal distance(Range rule, BigDecimal value) {
    if (value.compareTo(rule.low()) < 0) {
      return rule.low().subtract(value);
    }
    return value.compareTo(rule.high()) > 0 ? value.subtract(rule.high()) : BigDecimal.ZERO;
  }

  /**
   * A threshold at the reference moved by the rule's distance: {@code reference + delta}, or for a
   * relative distance {@code reference + |reference| × delta / 100}.
   */
  static Verdict offset(ReferenceOffset rule, RuleInput in) {
    String reading = RuleParaphrase.of(rule);
    if (in.reference() == null) {
      return Verdict.notAssessed(
          RuleMessages.get("reference.missing", rule.reference(), rule.text().strip()));
    }
    BigDecimal ref = in.reference();
    BigDecimal shift =
        rule.relative()
            ? ref.abs().multiply(rule.delta(), MathContext.DECIMAL128).movePointLeft(2)
            : rule.delta();
    String unit = in.unit().isBlank() && !rule.relative() ? rule.unit() : in.unit();
    Threshold at = new Threshold(rule.text(), ref.add(shift), unit, rule.bound());
    Verdict plain = threshold(at, in);
    return new Verdict(
        plain.judgement(),
        RuleMessages.get(
            "offset.reason", plain.reason(), rule.reference(), Phrases.value(ref, unit), reading));
  }

  /** Whether {@code period} ends before the deadline month. */
  static boolean beforeDeadline(Deadline rule, Period period) {
    int year = rule.year() == null ? period.year() : rule.year();
    return period.year() < year || (period.year() == year && period.endMonth() < rule.month());
  }

  static boolean improved(BigDecimal value, BigDecimal base, Polarity better) {
    int cmp = value.compareTo(base);
    return better == Polarity.HIGHER_IS_BETTER
        ? cmp > 0
        : better == Polarity.LOWER_IS_BETTER && cmp < 0;
  }

  /** The unit to show: the measure's, else the one written in the target. */
  static String unit(Threshold rule, RuleInput in) {
    return in.unit().isBlank() ? rule.unit() : in.unit();
  }

  /** "7 %" for inclusive bounds (the polarity says the rest), "under 6,5 %" for strict ones. */
  static String targetText(Threshold rule, String unit) {
    String value = Phrases.value(rule.value(), unit);
    return rule.bound().inclusive()
        ? value
        : RuleMessages.get("bound." + rule.bound().code(), value);
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.Judgement;
import se.tertial.model.Outcome;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * Judges a rule on the gap between women and men, |K − M|: the gap this period against the rule,
 * with the gaps of the same comparison periods (same period last year, the previous period, a base
 * year) as its comparison values, and smaller as better. A gap between shares in % is in
 * procentenheter. Pure functions.
 */
final class GapJudge {
  private GapJudge() {}

  /** The verdict on the gap from the women's and men's inputs of the same period. */
  static Verdict judge(Gap rule, RuleInput women, RuleInput men) {
    String unit = unit(women.unit());
    RuleInput gap =
        new RuleInput(
            women.period(),
            women.value().subtract(men.value()).abs(),
            unit,
            Polarity.LOWER_IS_BETTER,
            gap(women.sameLastYear(), men.sameLastYear()),
            gap(women.previous(), men.previous()),
            gap(women.base(), men.base()),
            null,
            women.tolerance());
    Verdict onGap =
        isNoGap(rule) ? noGap(gap, unit) : RuleEvaluator.judge(rule.onGap(), Sex.TOTAL, gap);
    return new Verdict(
        onGap.judgement(),
        RuleMessages.get(
            "gap.reason",
            Phrases.value(gap.value(), unit),
            Phrases.value(women.value(), women.unit()),
            Phrases.value(men.value(), men.unit()),
            onGap.reason()));
  }

  /** Whether the rule is no gap at all: "Ingen skillnad mellan kvinnor och män". */
  static boolean isNoGap(Gap rule) {
    return rule.onGap() instanceof Threshold t
        && t.value().signum() == 0
        && t.bound() == Bound.AT_MOST;
  }

  /**
   * No gap: met when K and M are equal as written (the values are compared as the sheet gives them,
   * never rounded further); partly met when the gap narrowed against the same period last year, or
   * else the previous reported period; not met otherwise. A gap that only narrowed is on its way,
   * not there.
   */
  private static Verdict noGap(RuleInput gap, String unit) {
    if (gap.value().signum() == 0) {
      return new Verdict(Judgement.MET, RuleMessages.get("gap.none.met"));
    }
    Comparison before = gap.sameLastYear() != null ? gap.sameLastYear() : gap.previous();
    if (before == null) {
      return new Verdict(Judgement.NOT_MET, RuleMessages.get("gap.none.noBase"));
    }
    String from = Phrases.comparison(before, unit);
    return gap.value().compareTo(before.value()) < 0
        ? new Verdict(Judgement.PARTLY_MET, RuleMessages.get("gap.none.partly", from))
        : new Verdict(Judgement.NOT_MET, RuleMessages.get("gap.none.notMet", from));
  }

  /** Without both a women's and a men's outcome there is no gap to judge. */
  static Verdict withoutSexes(Gap rule) {
    return Verdict.notAssessed(RuleMessages.get("gap.noSexes", rule.text().strip()));
  }

  /** The trend of the gap against the compared period's gap: narrower is improved. */
  static Trend trend(Outcome now, Outcome compared) {
    BigDecimal gap = gap(now);
    BigDecimal before = compared == null ? null : gap(compared);
    return gap == null ? Trend.UNKNOWN : Trends.of(gap, before, Polarity.LOWER_IS_BETTER);
  }

  private static BigDecimal gap(Outcome o) {
    BigDecimal w = o.value(Sex.WOMEN);
    BigDecimal m = o.value(Sex.MEN);
    return w == null || m == null ? null : w.subtract(m).abs();
  }

  /** The gap of two comparison values of the same period, or null. */
  private static Comparison gap(Comparison women, Comparison men) {
    if (women == null || men == null || !women.period().equals(men.period())) {
      return null;
    }
    return new Comparison(women.value().subtract(men.value()).abs(), women.period());
  }

  /** A difference of shares in % is in percentage points. */
  private static String unit(String measureUnit) {
    return RuleGrammar.isPercent(measureUnit) ? "procentenheter" : measureUnit;
  }
}

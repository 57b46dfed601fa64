package se.tertial.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import se.tertial.model.Judgement;

/** Judges changes against a base, ranks and budget balance: pure functions of rule and input. */
final class ChangeJudge {
  private ChangeJudge() {}

  /** The comparison value a base names, from the input, or null when it was not reported. */
  static Comparison base(Base base, RuleInput in) {
    return switch (base.kind()) {
      case SAME_PERIOD_LAST_YEAR -> in.sameLastYear();
      case PREVIOUS_PERIOD -> in.previous();
      case YEAR, PERIOD -> in.base();
    };
  }

  /** What is missing when {@link #base} is null, for the reason. */
  static String missing(Base base, RuleInput in) {
    return switch (base.kind()) {
      case SAME_PERIOD_LAST_YEAR -> in.period().previousYear().label();
      case PREVIOUS_PERIOD -> base.label();
      case YEAR -> String.valueOf(base.year());
      case PERIOD -> base.period().label();
    };
  }

  /**
   * Target = base × (1 ± p/100) or base ± amount. Before the deadline (or without one): met if
   * reached, partly met if moved the better way from the base, else not met. From the deadline on:
   * a plain threshold at the target.
   */
  static Verdict change(Change rule, RuleInput in) {
    Comparison base = base(rule.base(), in);
    if (base == null) {
      return Verdict.notAssessed(
          RuleMessages.get("direction.noBase", missing(rule.base(), in), rule.text().strip()));
    }
    BigDecimal amount =
        rule.relative()
            ? base.value().abs().multiply(rule.amount(), MathContext.DECIMAL128).movePointLeft(2)
            : rule.amount();
    BigDecimal target = rule.increase() ? base.value().add(amount) : base.value().subtract(amount);
    String unit = in.unit().isBlank() && !rule.relative() ? rule.unit() : in.unit();
    Threshold at = new Threshold(rule.text(), target, unit, rule.bound());
    String reading = RuleParaphrase.of(rule);
    String what =
        RuleMessages.get(rule.increase() ? "relative.increase" : "relative.decrease")
            + " "
            + RuleMessages.get(
                "change.amount",
                RuleMessages.get(
                    rule.bound().inclusive() ? "change.by" : "change.byMoreThan",
                    Phrases.value(rule.amount(), rule.unit())));
    String[] args = {
      Phrases.value(in.value(), unit),
      Phrases.computed(target, base.value().scale(), unit),
      what,
      Phrases.comparison(base, unit),
      Phrases.moved(in.value(), base.value())
    };
    if (rule.due() != null && !rule.due().isAfter(in.period())) {
      Verdict plain = ThresholdJudge.threshold(at, in);
      return new Verdict(
          plain.judgement(),
          RuleMessages.get("change.afterDue", plain.reason(), reading, rule.due().label()));
    }
    if (ThresholdJudge.reached(at, in.value())) {
      return new Verdict(Judgement.MET, RuleMessages.get("change.met", (Object[]) args));
    }
    if (ThresholdJudge.improved(in.value(), base.value(), rule.better())) {
      return new Verdict(Judgement.PARTLY_MET, RuleMessages.get("change.partly", (Object[]) args));
    }
    return new Verdict(Judgement.NOT_MET, RuleMessages.get("change.notMet", (Object[]) args));
  }

  /** A placing: met when at or above the rank, only for outcomes that are placings. */
  static Verdict rank(Rank rule, RuleInput in) {
    String unit = in.unit().strip().toLowerCase(Locale.ROOT);
    if (rule.share()) {
      return rankShare(rule, in, unit);
    }
    if (!unit.matches("placering|plats|rang|rank|ranking|placering i riket")) {
      return Verdict.notAssessed(
          RuleMessages.get("rank.noPlacing", RuleParaphrase.of(rule), in.unit().strip()));
    }
    String value = Phrases.value(in.value(), "");
    boolean met = in.value().compareTo(BigDecimal.valueOf(rule.top())) <= 0;
    return new Verdict(
        met ? Judgement.MET : Judgement.NOT_MET,
        RuleMessages.get(
            met ? "rank.met" : "rank.notMet", value, String.valueOf(rule.top()), rule.reference()));
  }

  /**
   * "Bland de 25 % bästa": judged on a percentile placing (Enhet "percentil": the share of those
   * ranked at or above the unit, lower is better), or on a placing with the number ranked as the
   * reference value (Jämförelse), the worst placing that meets it being ⌊N × 25 %⌋, at least 1.
   */
  private static Verdict rankShare(Rank rule, RuleInput in, String unit) {
    BigDecimal limit;
    if (unit.matches("percentil|percentilen|% placering|placering %|placering \\(%\\)")) {
      limit = BigDecimal.valueOf(rule.top());
    } else if (unit.matches("placering|plats|rang|rank|ranking|placering i riket")
        && in.reference() != null
        && in.reference().signum() > 0) {
      limit =
          in.reference()
              .multiply(BigDecimal.valueOf(rule.top()))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
              .max(BigDecimal.ONE);
    } else {
      return Verdict.notAssessed(
          RuleMessages.get("rank.shareNoCount", RuleParaphrase.of(rule), in.unit().strip()));
    }
    String value = Phrases.value(in.value(), "");
    boolean met = in.value().compareTo(limit) <= 0;
    return new Verdict(
        met ? Judgement.MET : Judgement.NOT_MET,
        RuleMessages.get(
            met ? "rank.shareMet" : "rank.shareNotMet",
            value,
            String.valueOf(rule.top()),
            rule.reference(),
            Phrases.value(limit, "")));
  }

  /** A zero target on a result or budget deviation; only the absolute tolerance applies. */
  static Verdict balance(Balance rule, RuleInput in) {
    Threshold zero = new Threshold(rule.text(), BigDecimal.ZERO, "", rule.bound());
    Verdict plain = ThresholdJudge.threshold(zero, in);
    return new Verdict(
        plain.judgement(),
        RuleMessages.get("balance.reason", plain.reason(), RuleParaphrase.of(rule)));
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * Applies a {@link TargetRule} to one breakdown of an outcome. Pure functions: the same rule and
 * input always give the same {@link Verdict}. Values are never rounded before judging.
 */
public final class RuleEvaluator {
  private RuleEvaluator() {}

  /**
   * Judges {@code in} against {@code rule} for one breakdown. For a per-sex rule the women's or
   * men's target is used; a total cannot be judged against a per-sex rule.
   */
  public static Verdict judge(TargetRule rule, Sex sex, RuleInput in) {
    // Java 17: no pattern matching for switch yet; the sealed interface keeps this list complete.
    if (rule instanceof Threshold t) {
      return ThresholdJudge.threshold(t, in);
    }
    if (rule instanceof Deadline d) {
      return ThresholdJudge.deadline(d, in);
    }
    if (rule instanceof PerSex p) {
      return switch (sex) {
        case WOMEN -> judge(p.side(true), sex, in);
        case MEN -> judge(p.side(false), sex, in);
        case TOTAL ->
            p.sameForBoth()
                ? judge(p.side(true), sex, in)
                : Verdict.notAssessed(RuleMessages.get("persex.totalOnly"));
      };
    }
    if (rule instanceof Range r) {
      return r.due() == null ? ThresholdJudge.range(r, in) : ThresholdJudge.rangeBy(r, in);
    }
    if (rule instanceof ReferenceOffset o) {
      return ThresholdJudge.offset(o, in);
    }
    if (rule instanceof Direction d) {
      return direction(d, in);
    }
    if (rule instanceof Change c) {
      return ChangeJudge.change(c, in);
    }
    if (rule instanceof Reference r) {
      return reference(r, in);
    }
    if (rule instanceof Rank r) {
      return ChangeJudge.rank(r, in);
    }
    if (rule instanceof Balance b) {
      return ChangeJudge.balance(b, in);
    }
    if (rule instanceof Gap g) {
      // One breakdown alone has no gap; the measure's evaluator judges K and M together.
      return GapJudge.withoutSexes(g);
    }
    if (rule instanceof PerYear p) {
      int year = in.period().year();
      return p.forYear(year)
          .map(r -> judge(r, sex, in))
          .orElseGet(() -> Verdict.notAssessed(RuleMessages.get("year.none", year)));
    }
    return Verdict.notAssessed(((NotAssessable) rule).reason());
  }

  /** Moved the stated way (strictly), or for Behålla not worse. */
  static Verdict direction(Direction rule, RuleInput in) {
    Comparison base = ChangeJudge.base(rule.base(), in);
    if (base == null) {
      return Verdict.notAssessed(
          RuleMessages.get("direction.noBase", ChangeJudge.missing(rule.base(), in), rule.text()));
    }
    String value = Phrases.value(in.value(), in.unit());
    String from = Phrases.comparison(base, in.unit());
    String moved = Phrases.moved(in.value(), base.value());
    int cmp = in.value().compareTo(base.value());
    Polarity better = rule.better();
    boolean improved =
        better == Polarity.HIGHER_IS_BETTER
            ? cmp > 0
            : better == Polarity.LOWER_IS_BETTER && cmp < 0;
    if (rule.keep() && (improved || cmp == 0)) {
      return new Verdict(
          Judgement.MET, RuleMessages.get("direction.kept", value, from, rule.text().strip()));
    }
    if (!rule.keep() && improved) {
      return new Verdict(
          Judgement.MET,
          RuleMessages.get("direction.met", value, moved, from, rule.text().strip()));
    }
    return new Verdict(
        Judgement.NOT_MET,
        RuleMessages.get("direction.notMet", value, moved, from, rule.text().strip()));
  }

  /** Against riket or other regions, with the tolerance band as "in level with". */
  static Verdict reference(Reference rule, RuleInput in) {
    if (in.reference() == null) {
      return Verdict.notAssessed(
          RuleMessages.get("reference.missing", rule.reference(), rule.text().strip()));
    }
    Polarity better = rule.better() != Polarity.UNSPECIFIED ? rule.better() : in.polarity();
    if (better == Polarity.UNSPECIFIED && rule.kind() != ReferenceKind.LEVEL) {
      return Verdict.notAssessed(RuleMessages.get("reference.noPolarity", rule.text().strip()));
    }
    BigDecimal ref = in.reference();
    int cmp = in.value().compareTo(ref);
    boolean strictlyBetter =
        better == Polarity.HIGHER_IS_BETTER
            ? cmp > 0
            : better == Polarity.LOWER_IS_BETTER && cmp < 0;
    boolean withinBand = in.value().subtract(ref).abs().compareTo(in.tolerance().band(ref)) <= 0;
    String value = Phrases.value(in.value(), in.unit());
    String relation = Phrases.relation(in.value(), ref);
    String refValue = Phrases.value(ref, in.unit());
    String tolerance = in.tolerance().describe(ref, in.unit());
    String text = rule.text().strip();
    Judgement judgement =
        switch (rule.kind()) {
          case LEVEL ->
              strictlyBetter || cmp == 0 || withinBand ? Judgement.MET : Judgement.NOT_MET;
          case BETTER ->
              strictlyBetter
                  ? Judgement.MET
                  : withinBand ? Judgement.PARTLY_MET : Judgement.NOT_MET;
          case NOT_WORSE, LOW_AND_STABLE ->
              strictlyBetter || cmp == 0
                  ? Judgement.MET
                  : withinBand ? Judgement.PARTLY_MET : Judgement.NOT_MET;
        };
    String reason =
        switch (judgement) {
          case MET ->
              RuleMessages.get("reference.met", value, relation, rule.reference(), refValue, text);
          case PARTLY_MET ->
              RuleMessages.get(
                  "reference.partly", value, relation, rule.reference(), refValue, tolerance, text);
          default ->
              RuleMessages.get(
                  "reference.notMet", value, relation, rule.reference(), refValue, tolerance, text);
        };
    return new Verdict(judgement, reason);
  }
}

package se.tertial.rules;

import se.tertial.model.Polarity;

/**
 * A styrmått's target (the {@code Mål} text) parsed into a typed rule. Parsing is separate from
 * judging: {@code TargetRuleParser} makes rules, {@code RuleEvaluator} applies them. The rules, one
 * record each, by family: levels ({@link Threshold}, {@link Deadline}, {@link PerSex}, {@link
 * Range}), change ({@link Direction}, {@link Change}), comparisons ({@link Reference}, {@link
 * ReferenceOffset}, {@link Rank}, {@link Balance}), rules made of rules ({@link Gap}, {@link
 * PerYear}, {@link AppliesFrom}) and the refusal ({@link NotAssessable}).
 */
public sealed interface TargetRule
    permits Direction,
        Change,
        Threshold,
        Deadline,
        PerSex,
        Reference,
        Range,
        ReferenceOffset,
        Rank,
        Balance,
        Gap,
        PerYear,
        AppliesFrom,
        NotAssessable {

  /** The target exactly as written in the report. */
  String text();

  /** The stable type name used in JSON ({@code direction}, {@code threshold}, …). */
  String type();

  /**
   * The direction the rule says is better, or {@link Polarity#UNSPECIFIED} when the rule does not
   * say. Used when the {@code Riktning} column is empty.
   */
  default Polarity impliedPolarity() {
    return Polarity.UNSPECIFIED;
  }
}

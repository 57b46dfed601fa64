package se.tertial.rules;

/**
 * A styrmått's target (the {@code Mål} text) parsed into a typed rule. Parsing is separate from
 * judging: {@code TargetRuleParser} makes rules, {@code RuleEvaluator} applies them.
 */
public sealed interface TargetRule {

  /** The target exactly as written in the report. */
  String text();

  /** The stable type name used in JSON ({@code direction}, {@code threshold}, …). */
  String type();

  /** A target the engine cannot judge ("Under utredning", empty, unparsed), with the reason. */
  record NotAssessable(String text, String reason) implements TargetRule {
    @Override
    public String type() {
      return "not_assessable";
    }
  }
}

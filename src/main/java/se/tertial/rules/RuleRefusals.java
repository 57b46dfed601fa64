package se.tertial.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The refusals of the parser, each a {@link TargetRule.NotAssessable} with a Swedish reason. */
final class RuleRefusals {
  private RuleRefusals() {}

  static TargetRule.NotAssessable empty(String text) {
    return new TargetRule.NotAssessable(
        text, RuleMessages.get("rule.empty"), Refusal.EMPTY, List.of());
  }

  static TargetRule.NotAssessable open(String text) {
    return new TargetRule.NotAssessable(
        text, RuleMessages.get("rule.open", shown(text)), Refusal.OPEN, List.of());
  }

  static TargetRule.NotAssessable noPolarity(String text) {
    return new TargetRule.NotAssessable(
        text, RuleMessages.get("rule.noPolarity", shown(text)), Refusal.NO_POLARITY, List.of());
  }

  /** "Bättre än riket", "Förbättra" without Riktning: the word "bättre" needs a direction. */
  static TargetRule.NotAssessable noPolarityBetter(String text) {
    return new TargetRule.NotAssessable(
        text,
        RuleMessages.get("rule.noPolarityBetter", shown(text)),
        Refusal.NO_POLARITY,
        List.of());
  }

  static TargetRule.NotAssessable ambiguous(String text, List<String> words, String why) {
    return new TargetRule.NotAssessable(
        text, RuleMessages.get("rule.ambiguous", shown(text), why), Refusal.AMBIGUOUS, words);
  }

  static TargetRule.NotAssessable unknown(String text, List<String> words) {
    return new TargetRule.NotAssessable(
        text,
        RuleMessages.get("rule.unknownWords", shown(text), quoted(words)),
        Refusal.UNKNOWN_WORDS,
        words);
  }

  static TargetRule.NotAssessable unreadable(String text, List<String> from) {
    String reason =
        from.isEmpty()
            ? RuleMessages.get("rule.unparsed", shown(text))
            : RuleMessages.get("rule.unreadable", shown(text), String.join(" ", from));
    return new TargetRule.NotAssessable(text, reason, Refusal.UNREADABLE, from);
  }

  /** "kraftigt", "odds" */
  static String quoted(List<String> words) {
    return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
  }

  /** The text on one line, cut at 80 characters. */
  static String shown(String text) {
    String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}

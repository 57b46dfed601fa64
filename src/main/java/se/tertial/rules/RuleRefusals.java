package se.tertial.rules;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The refusals of the parser, each a {@link NotAssessable} with a Swedish reason. */
final class RuleRefusals {
  private RuleRefusals() {}

  static NotAssessable empty(String text) {
    return new NotAssessable(text, RuleMessages.get("rule.empty"), Refusal.EMPTY, List.of());
  }

  static NotAssessable open(String text) {
    return new NotAssessable(
        text, RuleMessages.get("rule.open", shown(text)), Refusal.OPEN, List.of());
  }

  static NotAssessable noPolarity(String text) {
    return new NotAssessable(
        text, RuleMessages.get("rule.noPolarity", shown(text)), Refusal.NO_POLARITY, List.of());
  }

  /** "Bättre än riket", "Förbättra" without Riktning: the word "bättre" needs a direction. */
  static NotAssessable noPolarityBetter(String text) {
    return new NotAssessable(
        text,
        RuleMessages.get("rule.noPolarityBetter", shown(text)),
        Refusal.NO_POLARITY,
        List.of());
  }

  static NotAssessable ambiguous(String text, List<String> words, String why) {
    return new NotAssessable(
        text, RuleMessages.get("rule.ambiguous", shown(text), why), Refusal.AMBIGUOUS, words);
  }

  static NotAssessable unknown(String text, List<String> words) {
    return new NotAssessable(
        text,
        RuleMessages.get("rule.unknownWords", shown(text), UnplacedWords.explain(words)),
        Refusal.UNKNOWN_WORDS,
        words);
  }

  static NotAssessable unreadable(String text, List<String> from) {
    String reason =
        from.isEmpty()
            ? RuleMessages.get("rule.unparsed", shown(text))
            : RuleMessages.get("rule.unreadable", shown(text), String.join(" ", from));
    return new NotAssessable(text, reason, Refusal.UNREADABLE, from);
  }

  /** A change word, a base word and the base: "avvikelse mot föregående år", "ökning mot 2023". */
  private static final Pattern BASE_WORD = Pattern.compile("mot|fran|jamfort|jmf|jfr|gentemot");

  /**
   * "Högst 5 % avvikelse mot föregående år": a limit on the change against a base year or period,
   * which the grammar cannot read as a limit on the outcome; refused naming those words rather than
   * calling the base word unknown. Null when the text has no such base.
   */
  static NotAssessable baseChange(String text, List<Token> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token before = tokens.get(i - 1);
      if (!BASE_WORD.matcher(tokens.get(i).key()).matches()
          || !before.key().matches("(avvikelse|okning|minskning|forandring|skillnad)\\w*")) {
        continue;
      }
      int j = i + 1;
      if (tokens.get(j).isWord("med") && j + 1 < tokens.size()) {
        j++;
      }
      Token base = tokens.get(j);
      if (base.isYear()
          || base.is(Token.Type.PERIOD)
          || base.key().matches("foregaende|fg|forra|fjol\\w*|samma|motsvarande")) {
        List<String> words = tokens.subList(i - 1, tokens.size()).stream().map(Token::raw).toList();
        return new NotAssessable(
            text,
            RuleMessages.get("rule.baseChange", shown(text), String.join(" ", words)),
            Refusal.UNREADABLE,
            words);
      }
    }
    return null;
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

package se.tertial.rules;

import java.text.Normalizer;
import se.tertial.model.Messages;

/**
 * Brings a target text to one spelling so the parser's patterns stay simple: lower case, accents
 * removed (analysts type "Oka" as often as "Öka"), every kind of space and dash unified, "procent"
 * as "%", and "jämfört med", "jfr", "jmf med" all as "jmf".
 */
final class RuleText {
  /** Longer texts are no target rule; cutting them keeps the regular expressions cheap. */
  static final int MAX_LENGTH = 120;

  private RuleText() {}

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String lower =
        text.replace('\u2212', '-')
            .replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace('\u2264', '≤')
            .replace("<=", "≤")
            .replace(">=", "≥")
            .toLowerCase(Messages.SWEDISH);
    // Keep ≤ and ≥ through the accent stripping (NFD would not touch them, but be explicit).
    String folded =
        Normalizer.normalize(lower, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[\\s\\u00a0\\u202f\\u2009]+", " ")
            .strip();
    String words =
        folded
            .replaceAll("\\bprocent\\b", "%")
            .replaceAll("\\bjamfort med\\b|\\bjamfort\\b|\\bjfr\\.? med\\b|\\bjfr\\.?", "jmf")
            .replaceAll("\\bjmf\\.? med\\b|\\bjmf\\.", "jmf")
            .replaceAll(" ?% ?", " % ")
            .replaceAll("\\s+", " ")
            .replaceAll("[.!;]+$", "")
            .strip();
    return words;
  }
}

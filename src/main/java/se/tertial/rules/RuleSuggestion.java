package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.tertial.model.Polarity;

/**
 * The nearest accepted phrasing of a refused target, for {@code tertial rule}: "Mins 70 %" → "minst
 * 70 %", "Minst 70 % kraftigt" → "minst 70 %". Only a suggestion to the analyst, never used to
 * judge: a near misspelling of a limit word is replaced by the word, else the words that could not
 * be placed are left out, and the result is offered only when it reads as a rule.
 */
public final class RuleSuggestion {
  /** Negations and verbs of change or keeping: leaving one out changes what the target says. */
  private static final Pattern DIRECTED =
      Pattern.compile(
          "inte|ej|icke|aldrig|ok[a-z]*|minsk\\w*|hoj\\w*|sank\\w*|forbattr\\w*|forsamr\\w*"
              + "|halver\\w*|fordubbl\\w*|stig\\w*|sjunk\\w*|reducer\\w*|bibehall\\w*|behall\\w*"
              + "|oforandr\\w*");

  private RuleSuggestion() {}

  /** The canonical reading of the nearest accepted phrasing, or empty when there is none. */
  public static Optional<String> nearest(String text, Polarity riktning, String unit) {
    TargetRule refused = TargetRuleParser.read(text, riktning, unit).rule();
    if (!(refused instanceof NotAssessable n)
        || n.refusal() == Refusal.OPEN
        || n.refusal() == Refusal.EMPTY
        || n.refusal() == Refusal.AMBIGUOUS) {
      return Optional.empty();
    }
    List<Token> tokens = RuleTokenizer.tokens(text);
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (Token t : tokens) {
      String core = t.is(Token.Type.WORD) ? CoreWords.nearestCore(t.key()) : null;
      corrected.add(core != null ? core : t.raw());
      changed |= core != null;
    }
    if (changed) {
      Optional<String> reading = reading(String.join(" ", corrected), riktning, unit);
      if (reading.isPresent()) {
        return reading;
      }
    }
    if (n.words().isEmpty() || n.words().size() >= tokens.size()) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    for (Token t : tokens) {
      if (!n.words().contains(t.raw())) {
        kept.add(t.raw());
      } else if (DIRECTED.matcher(t.key()).matches()) {
        // "Andelen med frånvaro över 15 % ska minska" without "minska" would offer the subject's
        // number as the target: a suggestion that turns the meaning around is none.
        return Optional.empty();
      }
    }
    return reading(String.join(" ", kept), riktning, unit);
  }

  private static Optional<String> reading(String text, Polarity riktning, String unit) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, riktning, unit);
    return parsed.rule() instanceof NotAssessable
        ? Optional.empty()
        : Optional.of(parsed.paraphrase());
  }
}

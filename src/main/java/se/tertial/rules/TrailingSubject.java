package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subject after a complete target: "Högst 5 dagars <em>väntetid</em>", "Färre än 40
 * <em>anmälningar per år</em>", "Max 2 % <em>avvikelse mot budget</em>". Every word from where the
 * target ends must be one {@link Subject#plain} allows, except a definition by time ({@link
 * TimeDefinition}), a rate after a noun and a deviation from budget, which name the measure.
 */
final class TrailingSubject {
  private TrailingSubject() {}

  /** Whether every token from the cursor to the end is a plain word (the trailing subject). */
  static boolean trailing(Cursor c) {
    return trailing(c, false);
  }

  /** Participles that name a kind of thing: "ej verkställda beslut", "inte åtgärdade fel". */
  private static final Pattern PARTICIPLE =
      Pattern.compile("\\w+(ade|ad|at|da|de|dd|dda|ta|te|na|ne)");

  /**
   * The trailing subject; after a target of none ({@code zero}: "Inga …") a negated participle
   * ("Inga <em>ej verkställda</em> beslut") and an age ("… <em>äldre än tre månader</em>") name
   * what is counted: whatever they say, the target stays none, so they cannot change it.
   */
  static boolean trailing(Cursor c, boolean zero) {
    if (zero) {
      List<Token> tokens = c.tokens();
      for (int i = c.mark(); i < tokens.size(); i++) {
        if (tokens.get(i).key().matches("ej|inte|icke")
            && i + 1 < tokens.size()
            && PARTICIPLE.matcher(tokens.get(i + 1).key()).matches()
            && Subject.plain(tokens, i + 1)) {
          i++;
        } else if (tokens.get(i).key().matches("aldre|langre")
            && i + 3 < tokens.size() + 0
            && tokens.get(i + 1).isWord("an")
            && TimeDefinition.within(withInom(tokens, i + 1), 0) > 0) {
          i += 3;
        } else if (!Subject.plain(tokens, i)) {
          return trailingFrom(c, tokens, i);
        }
      }
      return true;
    }
    return trailingFrom(c, c.tokens(), c.mark());
  }

  /** "än tre månader" read as "inom tre månader" for {@link TimeDefinition#within}. */
  private static List<Token> withInom(List<Token> tokens, int an) {
    List<Token> out = new ArrayList<>();
    out.add(new Token(Token.Type.WORD, "inom", "inom", null, 0, 0));
    out.addAll(tokens.subList(an + 1, Math.min(tokens.size(), an + 3)));
    return out;
  }

  private static boolean trailingFrom(Cursor c, List<Token> tokens, int from) {
    if (from > c.mark()) {
      for (int i = from; i < tokens.size(); i++) {
        if (!Subject.plain(tokens, i)) {
          return false;
        }
      }
      return true;
    }
    return trailingPlain(c);
  }

  private static boolean trailingPlain(Cursor c) {
    List<Token> tokens = c.tokens();
    int from = c.mark();
    if (from > 0
        && from < tokens.size()
        && tokens.get(from - 1).is(Token.Type.NUMBER)
        && Quantity.knows(tokens.get(from).key())) {
      // A unit right after a number belongs to the number: "Fler än 2019 patienter".
      return false;
    }
    for (int i = from; i < tokens.size(); i++) {
      int within = TimeDefinition.within(tokens, i);
      if (within > i) {
        i = within - 1;
      } else if (!Subject.plain(tokens, i)) {
        return i > from && (rateTail(tokens, i) || budgetTail(tokens, i));
      }
    }
    return true;
  }

  /** What a rate is per: "per år", "per månad", "per 1 000 invånare". */
  private static final Pattern RATE =
      Pattern.compile(
          "ar|aret|manad|manaden|vecka|veckan|dag|dygn|tertial|kvartal|halvar|invanare|inv"
              + "|patient|patienter|person|personer|listad|listade|elev|elever|anstalld|anstallda"
              + "|medarbetare|arsarbetare|vardtillfalle|vardtillfallen|vardplats|vardplatser");

  /**
   * "Färre än 40 anmälningar per år": a rate after a noun that follows a complete limit belongs to
   * the subject (the measure is that rate), so it is no distributive ambiguity. A "per" right after
   * the value ("Högst 5 per enhet") never gets here: the subject needs a noun first.
   */
  private static boolean rateTail(List<Token> tokens, int i) {
    int n = tokens.size();
    if (!tokens.get(i).isWord("per")) {
      return false;
    }
    if (i + 2 == n) {
      return RATE.matcher(tokens.get(i + 1).key()).matches();
    }
    return i + 3 == n
        && tokens.get(i + 1).is(Token.Type.NUMBER)
        && RATE.matcher(tokens.get(i + 2).key()).matches();
  }

  /**
   * "Max 2 % avvikelse mot budget", "Högst 1 % negativ avvikelse från budget": the deviation's
   * words name the measure; "budget" (or "ram") is no base, unlike "mot 2023" or "mot föregående
   * år", which are not read here and so refused.
   */
  private static boolean budgetTail(List<Token> tokens, int i) {
    int n = tokens.size();
    if (!tokens.get(i - 1).key().startsWith("avvikelse")
        || !tokens.get(i).key().matches("mot|fran|jamfort|gentemot")) {
      return false;
    }
    int j = i + 1;
    if (tokens.get(i).isWord("jamfort") && j < n && tokens.get(j).isWord("med")) {
      j++;
    }
    if (j < n && tokens.get(j).key().matches("tilldelad|beslutad|fastst?alld|lagd")) {
      j++;
    }
    return j + 1 == n && tokens.get(j).key().matches("budget|budgeten|ram|ramen|budgetram\\w*");
  }
}

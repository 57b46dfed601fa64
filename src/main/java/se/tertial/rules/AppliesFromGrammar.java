package se.tertial.rules;

import java.util.List;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * A level from a year on: "Minst 90 % från 2027", "… fr.o.m. 2027", "Från och med 2027 minst 90 %",
 * "70–80 % från år 2026 och framåt". Before that year the level does not apply (see {@link
 * AppliesFrom}). Only a plain level (a threshold or an interval) is read so: after a change or
 * movement verb ("Öka till 90 % från 2019") "från" may name a base, and a deadline beside it
 * ("Minst 90 % senast 2026 från 2027") contradicts it; both are left to the other productions.
 */
final class AppliesFromGrammar {
  private AppliesFromGrammar() {}

  private static final String FROM = "fran och med (ar)? | (from|fran) (ar)?";
  private static final String ONWARDS = "(och)? (framat|framover)";

  /** A change or movement verb: "från" after it may be a base, not the year a level applies. */
  private static final String MOVE_VERB =
      "(oka|okas|okat|okning|hoja|hojas|minska|minskas|minskat|minskning|sanka|sankas|ga|komma"
          + "|ner|forbattra|forbattras|halvera|fordubbla)";

  static TargetRule appliesFrom(Cursor c, Ctx ctx) {
    int start = c.mark();
    if (c.tokens().stream().noneMatch(t -> t.key().matches("(fran|from)"))) {
      // Not this family: trying the other productions again would only add to their hints.
      return null;
    }
    Integer lead = year(c);
    TargetRule level = level(c, ctx, lead == null);
    if (level == null) {
      return null;
    }
    Integer tail = lead == null ? year(c) : null;
    Integer from = lead != null ? lead : tail;
    if (from == null) {
      return null;
    }
    c.accept(ONWARDS);
    List<Token> read = c.tokens().subList(start, c.mark());
    if (read.stream().anyMatch(t -> t.key().matches(MOVE_VERB))) {
      return null;
    }
    if (level instanceof NotAssessable) {
      // The level itself is refused ("90 % från 2027" with no direction): that is the reason.
      return level;
    }
    return new AppliesFrom(ctx.text(), level, from);
  }

  /** "från 2027", "fr.o.m. 2027", "från och med år 2027"; the cursor stays put otherwise. */
  private static Integer year(Cursor c) {
    int m = c.mark();
    if (c.accept(FROM)) {
      Token y = c.peek();
      Token after = c.peek(1);
      // "från 2019 års nivå" is a base's level, never the year a level applies from.
      if (y != null
          && y.isYear()
          && (after == null || !after.key().matches("(ars|arets|niva|nivan)"))) {
        c.next();
        return y.number().intValue();
      }
    }
    c.reset(m);
    return null;
  }

  /**
   * A threshold or an interval without a deadline; with {@code fromAfter}, one that stops right
   * before "från".
   */
  private static TargetRule level(Cursor c, Ctx ctx, boolean fromAfter) {
    int m = c.mark();
    TargetRule threshold = ThresholdGrammar.threshold(c, ctx);
    if (plain(threshold) && (!fromAfter || c.sees(FROM))) {
      return threshold;
    }
    c.reset(m);
    TargetRule range = RangeGrammar.range(c, ctx);
    if (plain(range) && (!fromAfter || c.sees(FROM))) {
      return range;
    }
    c.reset(m);
    return null;
  }

  private static boolean plain(TargetRule rule) {
    return rule instanceof Threshold
        || rule instanceof Range r && r.due() == null
        || rule instanceof NotAssessable;
  }
}

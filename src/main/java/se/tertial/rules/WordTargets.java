package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * Targets written as words: "Årets resultat ska vara positivt" (above 0), "ska inte vara negativt"
 * (at least 0), "Samtliga medarbetare senast vid årsskiftet", "Alla elever ska ha en individuell
 * plan" (100 %: every one of them). The words after "samtliga"/"alla" name whom the share is
 * counted among; a deadline after them is read.
 */
final class WordTargets {
  private WordTargets() {}

  /** word-target := [due] wrapper ( positivt | inte negativt | (samtliga|alla) subject ) [due]. */
  static TargetRule word(Cursor c, Ctx ctx) {
    Due lead = DueGrammar.leadDue(c);
    SentenceWrapper.wrapper(c);
    Threshold t;
    if (c.accept("(inte|ej|aldrig) (vara|bli|ga|visa)? (negativt|negativ|negativa)")) {
      t = new Threshold(ctx.text(), BigDecimal.ZERO, "", Bound.AT_LEAST);
    } else if (c.accept("(vara|bli|visa)? (positivt|positiv|positiva)")) {
      if (c.sees("(resultat|resultatet|budgetavvikelse|avvikelse)")) {
        return null; // "positivt resultat": a balance, read there
      }
      t = new Threshold(ctx.text(), BigDecimal.ZERO, "", Bound.ABOVE);
    } else if (c.accept("(samtliga|alla|varenda|varje)")) {
      t = new Threshold(ctx.text(), BigDecimal.valueOf(100), "%", Bound.AT_LEAST);
    } else {
      return null;
    }
    Due tail = When.due(c);
    if (tail == null && lead == null) {
      tail = DueGrammar.dueAfterSubject(c);
    }
    if (lead != null && tail != null) {
      return null;
    }
    Due due = lead != null ? lead : tail;
    return due == null ? t : new Deadline(ctx.text(), t, due.year(), due.month());
  }
}

package se.tertial.rules;

import java.util.List;

/**
 * Where a deadline stands in a target: before the rule ("Senast 2025 ska …", "2025: minst 80 %"),
 * between the modal verb and its verb ("Andelen ska år 2026 uppgå till …"), after the value ("…
 * senast 2025", "… T2 2025") or after the subject words that follow it ("Nå 100 % täckning senast
 * 2026"). The deadline words themselves are {@link When}'s.
 */
final class DueGrammar {
  private DueGrammar() {}

  /**
   * A deadline after the subject words that follow a value: "Nå 100 % täckning senast 2026", "80 %
   * anslutna verksamheter till 2027". Only plain words (never a word that can change the meaning)
   * and only when an explicit deadline follows; otherwise nothing is consumed.
   */
  static Due dueAfterSubject(Cursor c) {
    int m = c.mark();
    List<Token> tokens = c.tokens();
    int k = m;
    while (k < tokens.size() && Subject.plain(tokens, k)) {
      k++;
    }
    // Skipped without next(): unread words must stay quoted in a refusal.
    c.reset(k);
    Due due = k == m ? null : When.due(c);
    if (due == null) {
      c.reset(m);
    }
    return due;
  }

  /** A deadline before the rule: "Senast 2025 ska …", "Till 2025:", "2025: minst 80 %". */
  static Due leadDue(Cursor c) {
    Due due = When.due(c);
    if (due != null) {
      return due;
    }
    Due inSentence = yearInSentence(c);
    if (inSentence != null) {
      return inSentence;
    }
    Token t = c.peek();
    Token after = c.peek(1);
    if (t != null
        && t.isYear()
        && after != null
        && (after.is(Token.Type.NUMBER)
            || after.is(Token.Type.SYMBOL)
            || after.key().matches("minst|lagst|hogst|max|maximalt|over|under|ska|skall"))) {
      c.next();
      return new Due(t.number().intValue(), 12);
    }
    return null;
  }

  /**
   * "Utsläppen ska 2030 vara 20 procent lägre", "Andelen ska år 2026 uppgå till minst 90 %", "… ska
   * senast 2026 ha minskat": a year between the modal verb and the verb it governs is when the
   * target applies, a deadline, never a value. The subject before the modal is read by the caller.
   */
  private static Due yearInSentence(Cursor c) {
    int m = c.mark();
    SentenceWrapper.wrapper(c);
    boolean modal = false;
    // The wrapper before the production may have read the modal already: "ska" right before.
    for (int i = Math.max(0, m - 2); i < c.mark(); i++) {
      modal |= c.tokens().get(i).key().matches(SentenceWrapper.MODAL_VERB);
    }
    if (!modal) {
      c.reset(m);
      return null;
    }
    c.accept("(ar|aret|till|under|i)");
    Token year = c.peek();
    Token verb = c.peek(1);
    if (year == null
        || !year.isYear()
        || verb == null
        || !verb.key().matches(SentenceWrapper.GOVERNED)) {
      c.reset(m);
      return null;
    }
    c.next();
    return new Due(year.number().intValue(), 12);
  }

  /** A deadline after a value: "… senast 2025", and a bare "2025" or "T2 2025" after a unit. */
  static Due tailDue(Cursor c, Quantity q) {
    Due due = When.due(c);
    if (due != null || q.unit().isEmpty()) {
      return due;
    }
    Token t = c.peek();
    if (t != null && t.isYear()) {
      c.next();
      return new Due(t.number().intValue(), 12);
    }
    if (t != null && (t.is(Token.Type.PERIOD) || t.is(Token.Type.DATE))) {
      c.next();
      return new Due(t.number().intValue(), t.month());
    }
    return When.tertial(c);
  }
}

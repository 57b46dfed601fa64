package se.tertial.rules;

import java.util.List;

/**
 * A position in a token list for the recursive-descent {@link RuleGrammar}: productions look ahead,
 * accept words by phrase ({@link PhrasePattern}) and reset to a mark when they fail. The cursor
 * holds the tokens and the position, and reports each whole phrase it reads and each phrase tried
 * to the parse's {@link Trail}, so a refusal can quote the words from where reading stopped: only
 * the cursor sees every attempt, including those of productions that then fail. One cursor per
 * parse; not shared.
 */
final class Cursor {
  private final List<Token> tokens;

  private final Trail trail;
  private int pos;

  Cursor(List<Token> tokens, Trail trail) {
    this.tokens = tokens;
    this.trail = trail;
  }

  int mark() {
    return pos;
  }

  void reset(int mark) {
    pos = mark;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  /** Consumes and returns the next token. */
  Token next() {
    trail.read(pos, pos + 1);
    return tokens.get(pos++);
  }

  List<Token> tokens() {
    return tokens;
  }

  /** Accepts the next token if it is of {@code type}. */
  Token take(Token.Type type) {
    Token t = peek();
    if (t != null && t.type() == type) {
      return next();
    }
    return null;
  }

  boolean symbol(String s) {
    Token t = peek();
    if (t != null && t.isSymbol(s)) {
      next();
      return true;
    }
    return false;
  }

  /**
   * Accepts a phrase: space-separated regular expressions over the tokens' folded keys, e.g. {@code
   * "samma (period|tertial) foregaende ar"}. An element ending in {@code ?} as a whole word (e.g.
   * {@code "med?"}) is not special; use the regex {@code "(med)?"} and it may match nothing. Whole
   * alternatives are separated by {@code " | "}: {@code "till och med | tom"}. Advances and returns
   * true when every element matched a word in order.
   */
  boolean accept(String phrase) {
    trail.tried(phrase);
    int end = PhrasePattern.of(phrase).matchEnd(tokens, pos);
    if (end < 0) {
      return false;
    }
    // Only a whole phrase counts as read: a word that began a phrase that then failed was not.
    trail.read(pos, end);
    pos = end;
    return true;
  }

  /** Accepts the first of {@code alternatives} that matches (list longer phrases first). */
  String acceptAny(String... alternatives) {
    for (String a : alternatives) {
      if (accept(a)) {
        return a;
      }
    }
    return null;
  }

  /** Whether the next words match {@code phrase}, without consuming them. */
  boolean sees(String phrase) {
    int m = pos;
    Trail.Mark before = trail.mark();
    boolean seen = accept(phrase);
    pos = m;
    trail.restore(before);
    return seen;
  }
}

package se.tertial.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A position in a token list for the recursive-descent {@link RuleGrammar}: productions look ahead,
 * accept words by phrase and reset to a mark when they fail. What was read and tried goes to a
 * {@link Trail}, so a refusal can quote the words from where reading stopped; the cursor itself
 * holds only the tokens and the position. One cursor per parse; not shared.
 */
final class Cursor {
  private final List<Token> tokens;

  /**
   * Compiled phrases, shared by all parses: a memo of immutable patterns keyed by the grammar's own
   * string constants, so it stays small and holds no parse state.
   */
  private static final Map<String, Part[][]> COMPILED = new ConcurrentHashMap<>();

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
    Part[][] alternatives = parts(phrase);
    trail.tried(phrase);
    for (Part[] parts : alternatives) {
      if (acceptParts(parts)) {
        return true;
      }
    }
    return false;
  }

  private boolean acceptParts(Part[] parts) {
    int start = pos;
    int i = pos;
    for (Part part : parts) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean optional = part.optional();
      if (t != null && t.is(Token.Type.WORD) && part.pattern().matcher(t.key()).matches()) {
        i++;
      } else if (!optional) {
        pos = start;
        return false;
      }
    }
    // Only a whole phrase counts as read: a word that began a phrase that then failed was not.
    trail.read(start, i);
    pos = i;
    return true;
  }

  /** The compiled alternatives of a phrase, shared by all parses. */
  private static Part[][] parts(String phrase) {
    return COMPILED.computeIfAbsent(phrase, Cursor::compile);
  }

  /** Whether a word key matches a word of any of {@code phrases}. */
  static boolean anyMatches(Collection<String> phrases, String key) {
    for (String phrase : phrases) {
      for (Part[] parts : parts(phrase)) {
        for (Part part : parts) {
          if (!key.isEmpty() && part.pattern().matcher(key).matches()) {
            return true;
          }
        }
      }
    }
    return false;
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

  /** One word of a phrase: its pattern, and whether it may match nothing. */
  private record Part(Pattern pattern, boolean optional) {}

  private static Part[][] compile(String phrase) {
    String[] alternatives = phrase.split(" \\| ");
    Part[][] out = new Part[alternatives.length][];
    for (int a = 0; a < alternatives.length; a++) {
      String[] words = alternatives[a].trim().split(" ");
      out[a] = new Part[words.length];
      for (int i = 0; i < words.length; i++) {
        if (words[i].chars().filter(ch -> ch == '(').count()
            != words[i].chars().filter(ch -> ch == ')').count()) {
          throw new IllegalArgumentException("unbalanced phrase element: " + phrase);
        }
        Pattern p = Pattern.compile(words[i]);
        out[a][i] = new Part(p, p.matcher("").matches());
      }
    }
    return out;
  }
}

package se.tertial.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A phrase of the grammar compiled once: space-separated regular expressions over the tokens'
 * folded keys, whole alternatives separated by {@code " | "} (see {@link Cursor#accept}). Immutable
 * and shared by all parses.
 */
final class PhrasePattern {
  /**
   * Compiled phrases: a memo of immutable patterns keyed by the grammar's own string constants, so
   * it stays small and holds no parse state.
   */
  private static final Map<String, PhrasePattern> COMPILED = new ConcurrentHashMap<>();

  /** One word of a phrase: its pattern, and whether it may match nothing. */
  private record Part(Pattern pattern, boolean optional) {}

  private final Part[][] alternatives;

  private PhrasePattern(Part[][] alternatives) {
    this.alternatives = alternatives;
  }

  /** The compiled phrase, shared by all parses. */
  static PhrasePattern of(String phrase) {
    return COMPILED.computeIfAbsent(phrase, PhrasePattern::compile);
  }

  /**
   * Where the first alternative that matches the words from {@code from} ends (exclusive), or -1
   * when none does.
   */
  int matchEnd(List<Token> tokens, int from) {
    for (Part[] parts : alternatives) {
      int end = matchEnd(parts, tokens, from);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  private static int matchEnd(Part[] parts, List<Token> tokens, int from) {
    int i = from;
    for (Part part : parts) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      if (t != null && t.is(Token.Type.WORD) && part.pattern().matcher(t.key()).matches()) {
        i++;
      } else if (!part.optional()) {
        return -1;
      }
    }
    return i;
  }

  /** Whether a word key matches a word of any of {@code phrases}. */
  static boolean anyMatches(Collection<String> phrases, String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (String phrase : phrases) {
      for (Part[] parts : of(phrase).alternatives) {
        for (Part part : parts) {
          if (part.pattern().matcher(key).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static PhrasePattern compile(String phrase) {
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
    return new PhrasePattern(out);
  }
}

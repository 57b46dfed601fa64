package se.tertial.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Optional;

/**
 * Typing slips: how far apart two names are, and which known name a misspelt one most likely means
 * ("Medarbetarna" → "Medarbetare"). Used for column headers and for names in Texter keys.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The known name {@code written} most likely means: the closest one (case, accents and spaces
   * ignored) within a third of its length in edits, at least one and at most three; empty when none
   * is that close.
   */
  public static Optional<String> closest(String written, Collection<String> known) {
    String key = fold(written);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String other = fold(candidate);
      int allowed = Math.max(1, Math.min(3, other.length() / 3));
      int d = distance(key, other);
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String fold(String name) {
    return Normalizer.normalize(name.strip().toLowerCase(Messages.SWEDISH), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("\\s+", " ");
  }

  /**
   * Levenshtein distance with adjacent transpositions (optimal string alignment), the usual measure
   * of typing slips. A dozen lines do not warrant a new dependency.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

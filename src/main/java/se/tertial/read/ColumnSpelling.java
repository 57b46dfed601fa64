package se.tertial.read;

import java.util.List;
import java.util.Optional;

/**
 * Tells a misspelt contract column ("Kvinor", "Kommentarer") from an analyst's own column
 * ("Kontaktperson", "Anteckning"): a header within a small edit distance of a documented name or
 * alias is most likely that column, and is worth a warning naming it; any other header is the
 * analyst's and is left alone, so columns they add and {@code next-period} carries forward never
 * become warnings.
 */
final class ColumnSpelling {
  private ColumnSpelling() {}

  /** The documented column {@code header} most likely means, if it is close to one. */
  static Optional<String> likelyMeant(String header, List<ColumnSpec> specs) {
    String key = Names.key(header);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ColumnSpec spec : specs) {
      for (String candidate : candidates(spec)) {
        String known = Names.key(candidate);
        int distance = distance(key, known);
        if (distance <= allowed(known) && distance < bestDistance) {
          best = spec.name();
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<String> candidates(ColumnSpec spec) {
    List<String> all = new java.util.ArrayList<>(spec.aliases());
    all.add(0, spec.name());
    return all;
  }

  /**
   * How many edits still count as a misspelling: none for short names ("ID", "K", "Män" would
   * otherwise match half the alphabet), one for names of four or five letters, two from six on.
   */
  private static int allowed(String known) {
    return known.length() < 4 ? 0 : known.length() < 6 ? 1 : 2;
  }

  /**
   * Levenshtein distance with adjacent transpositions (optimal string alignment), the usual measure
   * of typing slips. A dozen lines do not warrant a new dependency.
   */
  static int distance(String a, String b) {
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

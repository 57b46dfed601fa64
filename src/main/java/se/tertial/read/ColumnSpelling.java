package se.tertial.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.model.Spelling;

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
    List<String> all = new ArrayList<>(spec.aliases());
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

  /** Edit distance with transpositions ({@link Spelling#distance}). */
  static int distance(String a, String b) {
    return Spelling.distance(a, b);
  }
}

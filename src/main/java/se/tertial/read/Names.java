package se.tertial.read;

import java.text.Normalizer;
import java.util.Locale;
import se.tertial.model.UserText;

/** Matching of sheet, file, column and field names as analysts write them. */
public final class Names {
  private Names() {}

  /**
   * The key a name is matched by: trimmed, lower case, accents removed (å, ä → a, ö → o), inner
   * whitespace collapsed. So "Styrmått", " styrmatt " and "STYRMÅTT" match, and "Man" matches
   * "Män".
   */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String lower = UserText.collapseSpaces(name).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** Like {@link #fold} but also ignoring spaces, hyphens, underscores and a trailing colon. */
  public static String key(String name) {
    return fold(name).replaceAll("[\\s_\\-:.]", "");
  }
}

package se.tertial.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a report kind's name (rapporttyp) is matched: case, accents, spaces, hyphens and underscores
 * ignored, so "Månadsuppföljning" and "manadsuppfoljning" name the same kind.
 */
public final class KindKey {
  private KindKey() {}

  /** The key of a kind's name; empty for null. */
  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String lower = UserText.trim(name).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[\\s\\p{Z}\\u200b\\u2060\\ufeff_\\-]", "");
  }
}

package se.tertial.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Enhetstyp (the kind of organisational unit: division, förvaltning, bolag, nämnd …) and the
 * genitive headings use for it ("divisionens strategiska åtgärder").
 */
public final class UnitTypes {
  private UnitTypes() {}

  /**
   * The genitive of a unit type as written ("Förvaltning", "division", "Bolag"), or empty when the
   * text names no known type.
   */
  public static String genitive(String type) {
    if (type == null || type.isBlank()) {
      return "";
    }
    String key =
        Normalizer.normalize(type.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z]", "");
    if (key.isEmpty()) {
      return "";
    }
    try {
      ResourceBundle.getBundle(
              "se.tertial.model.messages",
              Messages.SWEDISH,
              UnitTypes.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT))
          .getString("unitType." + key);
    } catch (MissingResourceException e) {
      return "";
    }
    return Messages.get("unitType." + key);
  }
}

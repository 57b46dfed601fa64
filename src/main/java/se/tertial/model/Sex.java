package se.tertial.model;

import java.util.Locale;

/** The breakdown of an outcome: kvinnor (K), män (M), or the total. */
public enum Sex {
  WOMEN("K"),
  MEN("M"),
  TOTAL("Tot");

  private final String abbreviation;

  Sex(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /** K, M or Tot, as in the report's tables. */
  public String abbreviation() {
    return abbreviation;
  }

  public String label() {
    return Messages.get("sex." + name().toLowerCase(Locale.ROOT));
  }
}

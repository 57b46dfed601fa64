package se.tertial.rules;

import java.util.Map;
import se.tertial.model.Measure;

/** Chooses the target text for the report's year among {@code Mål}, {@code Mål 2023}, … */
final class YearTargets {
  private YearTargets() {}

  /**
   * The chosen target text and a note for the reason (empty when the plain {@code Mål} or the
   * year's own target was used).
   */
  record Choice(String text, String note) {}

  /**
   * The year's own target if given; else the {@code Mål} column; else the nearest later year's
   * target (plans give targets for 2023 and 2025, and the 2025 target is what 2024 works towards).
   */
  static Choice choose(Measure measure, int year) {
    Map<Integer, String> byYear = measure.yearTargets();
    String own = byYear.get(year);
    if (own != null && !own.isBlank()) {
      return new Choice(own, "");
    }
    if (!measure.target().isBlank() || byYear.isEmpty()) {
      return new Choice(measure.target(), "");
    }
    for (var entry : byYear.entrySet()) {
      if (entry.getKey() > year && !entry.getValue().isBlank()) {
        return new Choice(entry.getValue(), RuleMessages.get("year.later", entry.getKey(), year));
      }
    }
    return new Choice("", RuleMessages.get("year.none", year));
  }
}

package se.tertial.rules;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
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
   * A cell with a target per year ("&lt;14 % (2024) &lt;15 % (2025)") gives the year's own part,
   * else the nearest later year's.
   */
  static Choice choose(Measure measure, int year) {
    Choice column = column(measure, year);
    Optional<SortedMap<Integer, String>> cell = PerYearCell.split(column.text());
    if (cell.isEmpty()) {
      return column;
    }
    Optional<Integer> picked = PerYearCell.pick(cell.get(), year);
    if (picked.isEmpty()) {
      return new Choice("", RuleMessages.get("year.none", year));
    }
    String note =
        picked.get() == year
            ? RuleMessages.get("year.cell", year)
            : RuleMessages.get("year.later", picked.get(), year);
    return new Choice(cell.get().get(picked.get()), note);
  }

  private static Choice column(Measure measure, int year) {
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

package se.tertial.rules;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell with a target per year, as plans print a row of yearly targets in one column: "&lt;14 %
 * (2024) &lt;15 % (2025) &lt;15 % (2026)", "2024: minst 80 %, 2025: minst 85 %", "2025 – 80 %; 2026
 * – 85 %". Each year's text is a target of its own; the report's year picks one. A cell is per year
 * only when every part is tagged with a year in one of these ways and at least two years are named
 * (one tagged year is a deadline, "2025: minst 80 %"); each year once.
 */
final class PerYearCell {
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /** "… (2024)": the year in brackets after its target. */
  private static final Pattern BRACKETED = Pattern.compile("\\(\\s*(?:år\\s*)?" + YEAR + "\\s*\\)");

  /** "2024: …", "År 2024: …", "Mål 2025: …", "2025 – …": the year before its target. */
  private static final Pattern LEADING =
      Pattern.compile(
          "(?iu)(?:^|(?<=[\\s;,/]))(?:(?:år|mål|målvärde)\\s+)?"
              + YEAR
              + "\\s*(?::|=|\\s[–—-]\\s)\\s*");

  private static final Pattern SEPARATORS = Pattern.compile("(?iu)^[\\s;,/]*(?:och)?[\\s;,/]*$");

  private PerYearCell() {}

  /** Each year's target text in year order, or empty when the text is not a per-year cell. */
  static Optional<SortedMap<Integer, String>> split(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Optional<SortedMap<Integer, String>> after = bracketed(text);
    return after.isPresent() ? after : leading(text);
  }

  private static Optional<SortedMap<Integer, String>> bracketed(String text) {
    Matcher m = BRACKETED.matcher(text);
    SortedMap<Integer, String> out = new TreeMap<>();
    int from = 0;
    while (m.find()) {
      String target = trimSeparators(text.substring(from, m.start()));
      if (target.isEmpty() || out.put(Integer.parseInt(m.group(1)), target) != null) {
        return Optional.empty();
      }
      from = m.end();
    }
    return out.size() >= 2 && SEPARATORS.matcher(text.substring(from)).matches()
        ? Optional.of(out)
        : Optional.empty();
  }

  private static Optional<SortedMap<Integer, String>> leading(String text) {
    Matcher m = LEADING.matcher(text);
    SortedMap<Integer, String> out = new TreeMap<>();
    Integer year = null;
    int from = 0;
    while (m.find()) {
      if (year == null) {
        if (!SEPARATORS.matcher(text.substring(0, m.start())).matches()) {
          return Optional.empty();
        }
      } else if (!put(out, year, text.substring(from, m.start()))) {
        return Optional.empty();
      }
      year = Integer.parseInt(m.group(1));
      from = m.end();
    }
    if (year == null || !put(out, year, text.substring(from))) {
      return Optional.empty();
    }
    return out.size() >= 2 ? Optional.of(out) : Optional.empty();
  }

  private static boolean put(Map<Integer, String> out, int year, String target) {
    String t = trimSeparators(target);
    return !t.isEmpty() && out.put(year, t) == null;
  }

  private static String trimSeparators(String s) {
    return s.strip().replaceAll("(?iu)^[;,/\\s]+|[;,/\\s]+$|[;,/\\s]+och$", "").strip();
  }

  /**
   * The year whose target applies in {@code year}: its own, else the nearest later one (the 2025
   * target is what 2024 works towards), else none.
   */
  static Optional<Integer> pick(SortedMap<Integer, ?> byYear, int year) {
    if (byYear.containsKey(year)) {
      return Optional.of(year);
    }
    SortedMap<Integer, ?> later = byYear.tailMap(year);
    return later.isEmpty() ? Optional.empty() : Optional.of(later.firstKey());
  }
}

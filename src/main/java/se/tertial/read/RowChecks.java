package se.tertial.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.tertial.model.Period;

/**
 * The row validation every assembler shares, for one table: a row's key (ID or Nr) must be given
 * and, in a child table, name a row of its parent table; a dated row needs its period; and no key
 * (or key and period) may come twice. Each problem is an error on the row, so the row is left out.
 * A key or period is never taken from a merged cell above (unlike a grouping column such as
 * Perspektiv): a row could land on the wrong measure without a word, so the error says so.
 */
public final class RowChecks {
  private final String keyColumn;
  private final Map<String, Integer> seen = new HashMap<>();

  /** Checks for a table whose rows are keyed by {@code keyColumn} ({@code ID} or {@code Nr}). */
  public RowChecks(String keyColumn) {
    this.keyColumn = keyColumn;
  }

  /** Reports an empty key as {@code missingCode}; returns whether the key is there. */
  public boolean key(RowReader row, String key, String missingCode) {
    if (key.isEmpty()) {
      // Under a merged cell the analyst sees the key above on this row too: say why it is not.
      String merged = row.groupText(keyColumn);
      if (merged.isEmpty()) {
        row.fail(missingCode, keyColumn);
      } else {
        row.fail("key.merged", keyColumn, keyColumn, merged);
      }
      return false;
    }
    return true;
  }

  /**
   * Like {@link #key(RowReader, String, String)}, and a key that names no row of the parent table
   * is reported as {@code unknownCode}.
   */
  public boolean key(
      RowReader row, String key, String missingCode, Predicate<String> parent, String unknownCode) {
    if (!key(row, key, missingCode)) {
      return false;
    }
    if (!parent.test(key)) {
      Optional<String> meant = written(key, parent);
      if (meant.isPresent()) {
        row.fail(unknownCode + ".meant", keyColumn, key, meant.get());
      } else {
        row.fail(unknownCode, keyColumn, key);
      }
      return false;
    }
    return true;
  }

  /**
   * The parent's key that {@code key} differs from only in letter case or spaces ("m03", "M 03" for
   * M03): named as a hint, never taken for it, since another sheet's row must not land on a measure
   * by a guess.
   */
  private static Optional<String> written(String key, Predicate<String> parent) {
    // Only the key's own part varies: "m12:riket" is M12's reference value, its name kept.
    int colon = key.indexOf(':');
    String head = colon < 0 ? key : key.substring(0, colon);
    String tail = colon < 0 ? "" : key.substring(colon);
    String joined = head.replace(" ", "");
    return Stream.of(
            head.toUpperCase(Locale.ROOT),
            head.toLowerCase(Locale.ROOT),
            joined,
            joined.toUpperCase(Locale.ROOT),
            joined.toLowerCase(Locale.ROOT))
        .map(candidate -> candidate + tail)
        .filter(candidate -> !candidate.equals(key) && parent.test(candidate))
        .findFirst();
  }

  /**
   * A dated row without its period: reported unless the row already failed (a bad period is
   * reported by the reader, a missing key first).
   */
  public void period(RowReader row, Period period) {
    if (period == null && !row.failed()) {
      String merged = row.groupText("Period");
      if (merged.isEmpty()) {
        row.fail("period.missing", "Period");
      } else {
        row.fail("period.merged", "Period", merged);
      }
    }
  }

  /**
   * The checks of a dated row in a child table (an outcome, an action's status, an assignment's
   * entry), once its cells are read: the key is given ({@code missingCode}) and names a row of the
   * parent table ({@code unknownCode}), and the period is given. Returns whether the row passed;
   * the key of a row that failed (here or while its cells were read) goes into {@code rejected},
   * when given, so that no "missing" warning repeats an error already reported.
   */
  public boolean datedChild(
      RowReader row,
      String key,
      Period period,
      Predicate<String> parent,
      String missingCode,
      String unknownCode,
      Set<String> rejected) {
    key(row, key, missingCode, parent, unknownCode);
    period(row, period);
    if (row.failed()) {
      if (rejected != null) {
        rejected.add(key);
        // The row the analyst meant ("m01" for M01, an ID merged from the row above) is the one
        // whose error is reported: its parent gets no second, derived "missing" warning.
        meant(row, key, parent).ifPresent(rejected::add);
      }
      return false;
    }
    return true;
  }

  /**
   * The parent's key a rejected row was meant for: the merged key above an empty one, or the key
   * that {@code key} differs from only in letter case or spaces.
   */
  private Optional<String> meant(RowReader row, String key, Predicate<String> parent) {
    if (key.isEmpty()) {
      String merged = row.groupText(keyColumn);
      return merged.isEmpty() ? Optional.empty() : Optional.of(merged);
    }
    return parent.test(key) ? Optional.empty() : written(key, parent);
  }

  /**
   * Whether this is the first row with {@code key} (and {@code period}, when not null); a repeat is
   * reported as {@code duplicateCode} with the key, the period's code (when given) and the earlier
   * row.
   */
  public boolean first(RowReader row, String duplicateCode, String key, Period period) {
    String seenKey = period == null ? key : key + "\u0000" + period.code();
    Integer earlier = seen.putIfAbsent(seenKey, row.row());
    if (earlier == null) {
      return true;
    }
    if (period == null) {
      row.fail(duplicateCode, keyColumn, key, earlier);
    } else {
      row.fail(duplicateCode, keyColumn, key, period.code(), earlier);
    }
    return false;
  }
}

package se.tertial.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A problem found in the input, with its position and a Swedish message an analyst can act on.
 *
 * @param severity error or warning
 * @param code stable machine-readable code, e.g. {@code number.invalid}
 * @param where the file, sheet, row and column it concerns
 * @param message the Swedish message, without the position
 */
public record Finding(Severity severity, String code, SourceRef where, String message) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  public static Finding error(String code, SourceRef where, String message) {
    return new Finding(Severity.ERROR, code, where, message);
  }

  public static Finding warning(String code, SourceRef where, String message) {
    return new Finding(Severity.WARNING, code, where, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The line every command prints: {@code varning: utfall.csv rad 14, kolumn Kvinnor: …}, the
   * severity's Swedish label before {@link #toString()}.
   */
  public String line() {
    return severity.label() + ": " + this;
  }

  /**
   * The finding's JSON object with stable field names, in a fixed order: severity, code, file,
   * sheet, row (null for a whole sheet or file), column, message. Plain maps and strings, so any
   * JSON writer can print it.
   */
  public Map<String, Object> json() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("severity", severity.name().toLowerCase(Locale.ROOT));
    entry.put("code", code);
    entry.put("file", where.file());
    entry.put("sheet", where.sheet());
    entry.put("row", where.row() > 0 ? where.row() : null);
    entry.put("column", where.column());
    entry.put("message", message);
    return entry;
  }

  /** One line: {@code utfall.csv rad 14, kolumn Kvinnor: "4l%" är inget tal}. */
  @Override
  public String toString() {
    return where.describe() + ": " + message;
  }
}

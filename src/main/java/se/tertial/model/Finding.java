package se.tertial.model;

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

  /** One line: {@code utfall.csv rad 14, kolumn Kvinnor: "4l%" är inget tal}. */
  @Override
  public String toString() {
    return where.describe() + ": " + message;
  }
}

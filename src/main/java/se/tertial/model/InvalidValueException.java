package se.tertial.model;

/**
 * A value in the input cannot be understood (a number, a period, a status). The message is Swedish
 * and names the value but not its position; the reader that caught it adds the file, sheet, row and
 * column. This is the only exception the model's parsers throw.
 */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message, null, false, false);
  }
}

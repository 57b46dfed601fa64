package se.tertial.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.tertial.model.UserText;

/**
 * One cell as a reader found it, before any validation.
 *
 * @param text the text as displayed (a CSV field as written; for a workbook cell the formatted
 *     value, a date as ISO), never null
 * @param number a numeric cell's value in the units shown: a percent-formatted 0.084 shown as 8,4 %
 *     is 8.4; null for text cells and all CSV fields
 * @param date a date cell's date, or null
 * @param error a formula's error value ({@code #REF!}, {@code #DIV/0!}), or null
 * @param formula whether a workbook cell's value came from a formula
 */
record RawCell(String text, BigDecimal number, LocalDate date, String error, boolean formula) {

  /** A cell whose value was written, not computed. */
  RawCell(String text, BigDecimal number, LocalDate date, String error) {
    this(text, number, date, error, false);
  }

  static final RawCell BLANK = new RawCell("", null, null, null);

  /**
   * A cell the reader could not take as written and has already reported (an empty error): its row
   * is left out without a second finding.
   */
  static final RawCell UNREADABLE = new RawCell("", null, null, "");

  RawCell {
    text = Objects.requireNonNullElse(text, "");
  }

  /** The same value, computed by a formula. */
  RawCell fromFormula() {
    return new RawCell(text, number, date, error, true);
  }

  static RawCell text(String text) {
    return new RawCell(text, null, null, null);
  }

  boolean isBlank() {
    return UserText.trim(text).isEmpty() && number == null && date == null && error == null;
  }
}

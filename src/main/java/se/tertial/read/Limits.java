package se.tertial.read;

import java.time.LocalDate;

/**
 * The input sizes tertial accepts, each far above any real unit's report and each with its own
 * finding when exceeded (exit 2), so that a wrong or hostile file is refused with a clear message
 * before it can exhaust memory or time. Documented in {@code docs/reliability.md}.
 */
final class Limits {
  /** A unit's workbook is a few hundred kB; 50 MB is a wrong file (or a mostly-images one). */
  static final long MAX_WORKBOOK_BYTES = 50L * 1024 * 1024;

  /** One CSV file; larger is a mistake, not a report. */
  static final long MAX_CSV_BYTES = 100L * 1024 * 1024;

  /**
   * Rows with content per sheet or CSV file. The long formats hold about measures × periods (40 ×
   * 20 = 800) rows; 100 000 leaves room for decades and stops a million-row sheet before POI builds
   * it in memory.
   */
  static final int MAX_ROWS = 100_000;

  /** Excel's own limit for one cell; longer text cannot come from Excel and is refused. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Measures in Styrmått and actions in Åtgärder; a real unit has tens. */
  static final int MAX_MEASURES = 2_000;

  static final int MAX_ACTIONS = 2_000;

  /**
   * Formulas saved without a value are computed only in workbooks up to this size: computing needs
   * the whole workbook in memory (POI's usermodel, roughly 50–100 times the file size).
   */
  static final long MAX_EVALUATED_WORKBOOK_BYTES = 2L * 1024 * 1024;

  /** The earliest date accepted in a date cell (publication dates, periods given as dates). */
  static final LocalDate FIRST_DATE = LocalDate.of(1990, 1, 1);

  /** The latest date accepted; later is a typo, and PDF/XMP dates end at year 9999. */
  static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

  private Limits() {}
}

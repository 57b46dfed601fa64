package se.tertial.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.SourceRef;
import se.tertial.model.SwedishNumbers;
import se.tertial.model.UserText;

/**
 * Reads typed values from one row, turning every bad value into a finding naming the cell. Every
 * accessor returns null (or "") for a bad or absent value, so a row can be read to its end and all
 * its problems reported at once.
 */
public final class RowReader {
  private final Columns columns;
  private final RawRow row;
  private final Findings findings;
  private final String field;
  private boolean failed;

  public RowReader(Columns columns, RawRow row, Findings findings) {
    this(columns, row, findings, null);
  }

  private RowReader(Columns columns, RawRow row, Findings findings, String field) {
    this.columns = columns;
    this.row = row;
    this.findings = findings;
    this.field = field;
  }

  /**
   * This row read as the field {@code field} of a Fält | Värde table (Rapport): every error names
   * the field first ("fältet Publiceringsdatum: datumet 2222-05-31 ligger utanför …"), since the
   * column alone (Värde) does not say which value is wrong.
   */
  RowReader asField(String field) {
    return new RowReader(columns, row, findings, field);
  }

  /** A reader for each row of {@code columns}' table, in order. */
  public static List<RowReader> rows(Columns columns, Findings findings) {
    return columns.table().rows().stream()
        .map(raw -> new RowReader(columns, raw, findings))
        .toList();
  }

  public int row() {
    return row.row();
  }

  /** Whether any value of this row was reported as an error. */
  public boolean failed() {
    return failed;
  }

  /** The whole row. */
  public SourceRef where() {
    return columns.table().at(row.row());
  }

  /** One cell, named by its header as written. */
  public SourceRef where(String column) {
    int index = columns.indexOf(column);
    return columns.table().at(row.row(), index < 0 ? column : columns.headerAt(index));
  }

  /** The text of a column, stripped; "" when absent. */
  public String text(String column) {
    return textAt(columns.indexOf(column), column);
  }

  /**
   * The text of a grouping column (Perspektiv, Strategiskt mål …) as Excel shows it: the cell's own
   * text, or, when the cell lies in a merged range, the range's value — an analyst who merges
   * Perspektiv down over its measures sees it on every row, and so does tertial. A covered cell's
   * own content (LibreOffice keeps what was in a cell before it was merged over) is hidden by the
   * merge in Excel and is not read here either. Only grouping columns read merged ranges this way;
   * in any other column a covered cell is read as what it holds (usually nothing).
   */
  public String groupText(String column) {
    int index = columns.indexOf(column);
    String merged = index < 0 ? null : columns.mergedText(row.row(), index);
    return merged != null ? merged : textAt(index, column);
  }

  /** A column's cell as read (numeric cells keep their number), or null when absent or bad. */
  RawCell cellOf(String column) {
    return cell(columns.indexOf(column), column);
  }

  public String textAt(int index, String column) {
    RawCell cell = cell(index, column);
    return cell == null ? "" : UserText.trim(cell.text());
  }

  /** A number in the units shown (shares in percent), or null when blank or bad. */
  public BigDecimal number(String column) {
    return numberAt(columns.indexOf(column), column);
  }

  /** A number in a column found by position (extra columns), named by its header. */
  public BigDecimal numberAt(int index, String column) {
    RawCell cell = cell(index, column);
    if (cell == null || cell.isBlank()) {
      return null;
    }
    if (cell.number() != null) {
      return cell.number();
    }
    if (cell.date() != null) {
      return fail("number.date", column, cell.text());
    }
    try {
      BigDecimal value = SwedishNumbers.parse(cell.text()).value();
      Matcher dot = DOT_OR_THOUSANDS.matcher(cell.text().strip());
      if (dot.matches()) {
        // "12.500" is 12,5 with a decimal point or 12 500 with a point between thousands (as
        // some systems export): a factor of a thousand the reader cannot decide.
        String sign = dot.group(1);
        String unit = dot.group(4);
        return fail(
            "number.dotOrThousands",
            column,
            cell.text().strip(),
            sign + dot.group(2) + "," + dot.group(3) + unit,
            sign + dot.group(2) + " " + dot.group(3) + unit);
      }
      return value;
    } catch (InvalidValueException e) {
      return failText("number.invalid", column, e.getMessage());
    }
  }

  /** A text number whose only separator is a point before three digits: "1.234", "12.500 kr". */
  private static final Pattern DOT_OR_THOUSANDS =
      Pattern.compile("([-+\u2212]?)([1-9]\\d{0,2})\\.(\\d{3})(\\s*\\p{L}*%?)");

  /** Whether the cell in {@code column} holds a value a formula computed (never in a CSV file). */
  public boolean isFormula(String column) {
    RawCell cell = cell(columns.indexOf(column), column);
    return cell != null && cell.formula();
  }

  /**
   * A period, or null when blank or bad. A date cell (Excel turns a typed {@code 2022-04} into a
   * date) is read as its month.
   */
  public Period period(String column) {
    return period(column, Period::parse);
  }

  /** Like {@link #period(String)}, with the text read by {@code reader} (a kind's own forms). */
  public Period period(String column, Function<String, Period> reader) {
    RawCell cell = cell(columns.indexOf(column), column);
    if (cell == null || cell.isBlank()) {
      return null;
    }
    if (cell.date() != null) {
      if (outOfRange(cell.date())) {
        return fail("date.outOfRange", column, cell.date().toString());
      }
      return Period.month(cell.date().getYear(), cell.date().getMonthValue());
    }
    try {
      return reader.apply(cell.text());
    } catch (InvalidValueException e) {
      return failText("period.invalid", column, e.getMessage());
    }
  }

  /** A date cell, or an ISO date written as text; null when blank or bad. */
  public LocalDate date(String column) {
    RawCell cell = cell(columns.indexOf(column), column);
    if (cell == null || cell.isBlank()) {
      return null;
    }
    LocalDate date;
    if (cell.date() != null) {
      date = cell.date();
    } else {
      try {
        date = LocalDate.parse(UserText.trim(cell.text()));
      } catch (DateTimeParseException e) {
        return fail("date.invalid", column, cell.text());
      }
    }
    return outOfRange(date) ? fail("date.outOfRange", column, date.toString()) : date;
  }

  /**
   * Whether a date lies outside {@link Limits#FIRST_DATE}–{@link Limits#LAST_DATE}: a serial 0
   * (1899-12-31), a typo'd year 20222 or 1022 is no date a report is published or measured on.
   */
  static boolean outOfRange(LocalDate date) {
    return date.isBefore(Limits.FIRST_DATE) || date.isAfter(Limits.LAST_DATE);
  }

  /** Reports an error for a value of this row that the caller found wrong. */
  public <T> T fail(String code, String column, Object... args) {
    failed = true;
    if (field == null) {
      findings.error(code, where(column), args);
    } else {
      findings.errorText(code, where(column), named(ReadMessages.get(code, args)));
    }
    return null;
  }

  <T> T failText(String code, String column, String message) {
    failed = true;
    findings.errorText(code, where(column), field == null ? message : named(message));
    return null;
  }

  private String named(String message) {
    return ReadMessages.get("field.named", field, message);
  }

  private RawCell cell(int index, String column) {
    if (index < 0) {
      return null;
    }
    RawCell cell = row.cell(index);
    if (cell.text().length() > Limits.MAX_CELL_CHARS) {
      return fail("cell.tooLong", column, cell.text().length(), Limits.MAX_CELL_CHARS);
    }
    if (cell.error() != null && cell.error().isEmpty()) {
      failed = true; // already reported by the reader
      return null;
    }
    if (cell.error() != null) {
      return fail("formula.error", column, cell.error());
    }
    return cell;
  }
}

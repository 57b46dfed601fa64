package se.tertial.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import se.tertial.model.Messages;
import se.tertial.read.XlsxSheetParser.XlsxCell;

/**
 * Turns cells as written in a sheet's XML into {@link RawCell}s: displayed text, number in shown
 * units, date, error. A cell whose value cannot be taken as written (a shared string that does not
 * exist, a number that is not one, an unknown type) is reported through {@link Problems}, never
 * replaced by a guess.
 */
final class XlsxCells {
  /** Excel keeps 15 significant digits; more is binary noise (0.30000000000000004). */
  private static final MathContext EXCEL_PRECISION = new MathContext(15);

  private static final Pattern DECIMALS = Pattern.compile("[,.](\\d+)");

  /** Where cell problems go: a message key and its argument. */
  interface Problems {
    void report(String code, String arg);
  }

  private final DataFormatter formatter;
  private final XlsxStyles styles;
  private final boolean date1904;

  XlsxCells(XlsxStyles styles, boolean date1904) {
    // Always Swedish formatting, never the JVM default: "8,4 %" whatever machine runs this.
    this.formatter = new DataFormatter(Messages.SWEDISH);
    this.styles = styles;
    this.date1904 = date1904;
  }

  /**
   * Whether the cell is a formula saved without its value (openpyxl, pandas, scripts). openpyxl
   * writes an empty {@code <v></v>} rather than none: that is no value either, except for a text
   * formula ({@code t="str"}), whose empty value is the empty text it computed.
   */
  static boolean lacksCachedValue(XlsxCell cell) {
    if (!cell.formula() || cell.inline() != null) {
      return false;
    }
    return cell.value() == null || (cell.value().isEmpty() && !"str".equals(cell.type()));
  }

  RawCell read(XlsxCell cell, XlsxSharedStrings strings, Problems problems) {
    String v = cell.value();
    return switch (cell.type()) {
      case "s" -> shared(v, strings, problems);
      case "inlineStr" ->
          RawCell.text(normaliseNewlines(cell.inline() != null ? cell.inline() : v));
      case "str" -> RawCell.text(normaliseNewlines(XlsxText.unescape(v == null ? "" : v)));
      case "b" -> bool(v, problems);
      case "e" -> new RawCell("", null, null, v == null || v.isBlank() ? "#FEL" : v.strip());
      case "d" -> isoDate(v, problems);
      case "n" -> v == null || v.isBlank() ? RawCell.BLANK : number(v, cell.style(), problems);
      default -> {
        problems.report("xlsx.cellTypeUnknown", cell.type());
        yield RawCell.BLANK;
      }
    };
  }

  private static RawCell shared(String v, XlsxSharedStrings strings, Problems problems) {
    int index = sharedIndex(v);
    String text = index < 0 ? null : strings.strings().get(index);
    if (text == null) {
      problems.report("xlsx.sharedStringMissing", v == null ? "" : v.strip());
      return RawCell.BLANK;
    }
    return RawCell.text(normaliseNewlines(text));
  }

  /** The shared-string index a cell refers to, or -1 when its value is none. */
  static int sharedIndex(String v) {
    if (v == null) {
      return -1;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static RawCell bool(String v, Problems problems) {
    String value = v == null ? "" : v.strip();
    return switch (value) {
      case "1", "true" -> RawCell.text("TRUE");
      case "0", "false" -> RawCell.text("FALSE");
      default -> {
        problems.report("xlsx.booleanInvalid", value);
        yield RawCell.BLANK;
      }
    };
  }

  /** A {@code t="d"} cell: an ISO 8601 date or date-time as text. */
  private static RawCell isoDate(String v, Problems problems) {
    String value = v == null ? "" : v.strip();
    LocalDateTime dateTime;
    try {
      if (value.length() <= 10) {
        dateTime = LocalDate.parse(value).atStartOfDay();
      } else if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        dateTime = OffsetDateTime.parse(value).toLocalDateTime();
      } else {
        dateTime = LocalDateTime.parse(value);
      }
    } catch (DateTimeParseException e) {
      problems.report("xlsx.dateInvalid", value);
      return RawCell.BLANK;
    }
    return dateCell(dateTime);
  }

  private RawCell number(String v, int style, Problems problems) {
    double value;
    try {
      value = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      String shown = v.strip();
      problems.report(
          shown.matches("(?i)[+-]?(inf|infinity|nan)")
              ? "xlsx.numberNotFinite"
              : "xlsx.numberInvalid",
          shown);
      return RawCell.BLANK;
    }
    if (!Double.isFinite(value)) {
      problems.report("xlsx.numberNotFinite", v.strip());
      return RawCell.BLANK;
    }
    return numeric(value, style);
  }

  /** A number (stored or computed) shown with the cell's format. */
  RawCell numeric(double value, int style) {
    XlsxStyles.Format cellFormat = styles.format(style);
    int formatIndex = cellFormat.index();
    String format = cellFormat.code();
    if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, format)) {
      LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
      if (dateTime != null) {
        return dateCell(dateTime);
      }
    }
    String shown = formatter.formatRawCellContents(value, formatIndex, format, date1904);
    BigDecimal exact = new BigDecimal(value, EXCEL_PRECISION);
    if (format.contains("%")) {
      exact = exact.movePointRight(2);
    }
    return new RawCell(shown, shownScale(exact, shown), null, null);
  }

  private static RawCell dateCell(LocalDateTime dateTime) {
    String text =
        dateTime.toLocalTime().toSecondOfDay() == 0
            ? dateTime.toLocalDate().toString()
            : dateTime.toString().replace('T', ' ');
    return new RawCell(text, null, dateTime.toLocalDate(), null);
  }

  /**
   * The exact value, with at least as many decimals as the cell shows: 0.084 shown as "8,4 %" is
   * 8.4 and 0.4 shown as "40,0 %" is 40.0, because "unchanged" is judged at the precision shown. A
   * value with more decimals than shown keeps them (never round before judging).
   */
  private static BigDecimal shownScale(BigDecimal value, String shown) {
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() < 0) {
      exact = exact.setScale(0);
    }
    Matcher decimals = DECIMALS.matcher(shown);
    int shownDecimals = decimals.find() ? decimals.group(1).length() : 0;
    return exact.scale() < shownDecimals ? exact.setScale(shownDecimals) : exact;
  }

  static String normaliseNewlines(String text) {
    return CellText.normaliseNewlines(text);
  }
}

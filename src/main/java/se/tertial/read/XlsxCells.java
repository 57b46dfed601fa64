package se.tertial.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import se.tertial.model.Messages;

/** Turns POI cells into {@link RawCell}s: displayed text, number in shown units, date, error. */
final class XlsxCells {
  /** Excel keeps 15 significant digits; more is binary noise (0.30000000000000004). */
  private static final MathContext EXCEL_PRECISION = new MathContext(15);

  private static final Pattern DECIMALS = Pattern.compile("[,.](\\d+)");

  private final DataFormatter formatter;

  XlsxCells() {
    // Always Swedish formatting, never the JVM default: "8,4 %" whatever machine runs this.
    formatter = new DataFormatter(Messages.SWEDISH);
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  RawCell read(Cell cell) {
    if (cell == null) {
      return RawCell.BLANK;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> RawCell.text(normaliseNewlines(cell.getStringCellValue()));
      case NUMERIC -> numeric(cell);
      case BOOLEAN -> RawCell.text(formatter.formatCellValue(cell));
      case ERROR -> new RawCell("", null, null, errorText(cell));
      default -> RawCell.BLANK;
    };
  }

  private RawCell numeric(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime dateTime = cell.getLocalDateTimeCellValue();
      if (dateTime != null) {
        String text =
            dateTime.toLocalTime().toSecondOfDay() == 0
                ? dateTime.toLocalDate().toString()
                : dateTime.toString().replace('T', ' ');
        return new RawCell(text, null, dateTime.toLocalDate(), null);
      }
    }
    String shown = formatter.formatCellValue(cell);
    boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
    BigDecimal value = new BigDecimal(cell.getNumericCellValue(), EXCEL_PRECISION);
    if (percent) {
      value = value.movePointRight(2);
    }
    return new RawCell(shown, shownScale(value, shown), null, null);
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

  private static String errorText(Cell cell) {
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#FEL";
    }
  }

  static String normaliseNewlines(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}

package se.tertial.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a written workbook uses, created once per workbook (Excel caps styles). */
final class WorkbookStyles {
  private final Workbook workbook;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle wrapped;
  private final CellStyle date;
  private final Map<String, CellStyle> numbers = new HashMap<>();

  WorkbookStyles(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);
    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = workbook.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);
    date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  CellStyle header() {
    return header;
  }

  CellStyle text(boolean wrap) {
    return wrap ? wrapped : text;
  }

  CellStyle date() {
    return date;
  }

  /**
   * A number style showing {@code decimals} decimals, as a percentage when {@code percent}: the
   * reader takes the shown decimals as the value's precision, so this round-trips 8,4 % as 8.4.
   */
  CellStyle number(int decimals, boolean percent) {
    int shown = Math.max(0, Math.min(decimals, 10));
    String format = (shown == 0 ? "0" : "0." + "0".repeat(shown)) + (percent ? "%" : "");
    return numbers.computeIfAbsent(
        format,
        f -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(text);
          style.setDataFormat(workbook.createDataFormat().getFormat(f));
          return style;
        });
  }
}

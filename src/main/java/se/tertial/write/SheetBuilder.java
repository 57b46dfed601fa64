package se.tertial.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/** Writes one table sheet: a styled, frozen header row, then data rows cell by cell. */
final class SheetBuilder {
  /** Rows below the data that still get dropdowns, so the analyst can add rows. */
  private static final int VALIDATED_ROWS = 500;

  private final Sheet sheet;
  private final WorkbookStyles styles;
  private final List<String> header;
  private Row row;
  private int column;

  SheetBuilder(Sheet sheet, WorkbookStyles styles, List<String> header, List<Integer> widths) {
    this.sheet = sheet;
    this.styles = styles;
    this.header = List.copyOf(header);
    Row first = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = first.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(styles.header());
      int width = c < widths.size() ? widths.get(c) : 14;
      sheet.setColumnWidth(c, width * 256);
    }
    sheet.createFreezePane(header.size() > 2 ? 1 : 0, 1);
    if (!header.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
    }
  }

  SheetBuilder row() {
    row = sheet.createRow(sheet.getLastRowNum() + 1);
    column = 0;
    return this;
  }

  /** A text cell; blank text leaves the cell empty. */
  SheetBuilder text(String value, boolean wrap) {
    int c = column++;
    if (value == null || value.isEmpty()) {
      return this;
    }
    if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
      throw new IllegalArgumentException(
          "text in column " + header.get(c) + " is longer than Excel allows in a cell");
    }
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(styles.text(wrap || value.contains("\n")));
    return this;
  }

  SheetBuilder text(String value) {
    return text(value, false);
  }

  /** A whole number written as text (Nr "12") becomes a numeric cell; "3a" stays text. */
  SheetBuilder key(String value) {
    if (value != null && value.matches("[1-9]\\d{0,8}")) {
      Cell cell = row.createCell(column++);
      cell.setCellValue(Integer.parseInt(value));
      cell.setCellStyle(styles.number(0, false));
      return this;
    }
    return text(value);
  }

  /** A number, shown with its own decimals; a share (41 = 41 %) as a percent-formatted 0.41. */
  SheetBuilder number(BigDecimal value, boolean percent) {
    int c = column++;
    if (value == null) {
      return this;
    }
    Cell cell = row.createCell(c);
    cell.setCellValue((percent ? value.movePointLeft(2) : value).doubleValue());
    cell.setCellStyle(styles.number(Math.max(0, value.scale()), percent));
    return this;
  }

  SheetBuilder date(LocalDate value) {
    int c = column++;
    if (value != null) {
      Cell cell = row.createCell(c);
      cell.setCellValue(value);
      cell.setCellStyle(styles.date());
    }
    return this;
  }

  /** A dropdown list on a column; other values only warn, the reader knows aliases. */
  void dropdown(String columnName, List<String> values) {
    int c = header.indexOf(columnName);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int last = Math.max(sheet.getLastRowNum(), 1) + VALIDATED_ROWS;
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values.toArray(String[]::new)),
            new CellRangeAddressList(1, last, c, c));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    // XSSF inverts this flag: true shows the dropdown arrow.
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }
}

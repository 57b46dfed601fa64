package se.tertial.write;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.model.Messages;
import se.tertial.read.ColumnSpec;

/**
 * One table sheet of an analyst's own workbook, found by name and header as the reader finds it
 * (case and accents ignored), to which rows are appended in the look of its last data row: the same
 * styles (fills, number formats, borders) and the same formulas in the analyst's own columns,
 * shifted to the new row. Nothing above the appended rows is changed.
 */
final class ExistingSheet {
  private static final DataFormatter FORMAT = new DataFormatter(Messages.SWEDISH);

  private final XSSFSheet sheet;
  private final int headerRow;
  private final List<String> header;

  private ExistingSheet(XSSFSheet sheet, int headerRow, List<String> header) {
    this.sheet = sheet;
    this.headerRow = headerRow;
    this.header = new ArrayList<>(header);
  }

  /**
   * The sheet with one of {@code names} whose header (one of the first ten rows) has the column
   * {@code keyColumn}; empty when there is none.
   */
  static Optional<ExistingSheet> find(XSSFWorkbook workbook, String keyColumn, String... names) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      String key = key(sheet.getSheetName());
      boolean named = false;
      for (String name : names) {
        named |= key(name).equals(key);
      }
      if (!named) {
        continue;
      }
      for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 10); r++) {
        List<String> cells = texts(sheet.getRow(r));
        if (cells.stream().anyMatch(c -> key(c).equals(key(keyColumn)))) {
          return Optional.of(new ExistingSheet(sheet, r, cells));
        }
      }
    }
    return Optional.empty();
  }

  String name() {
    return sheet.getSheetName();
  }

  /** The 0-based index of a column by any of its names, or -1. */
  int column(String... names) {
    for (String name : names) {
      for (int c = 0; c < header.size(); c++) {
        if (key(header.get(c)).equals(key(name))) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Adds a column to the header, after the last one, in the header's style; returns its index. The
   * analyst's rows above and beside it are not touched.
   */
  int addColumn(String name, int widthInCharacters) {
    XSSFRow row = sheet.getRow(headerRow);
    int at = Math.max(header.size(), Math.max(0, row.getLastCellNum()));
    XSSFCell cell = row.createCell(at);
    if (at > 0 && row.getCell(at - 1) != null) {
      cell.setCellStyle(row.getCell(at - 1).getCellStyle());
    }
    cell.setCellValue(name);
    while (header.size() < at) {
      header.add("");
    }
    header.add(name);
    sheet.setColumnWidth(at, widthInCharacters * 256);
    return at;
  }

  /** The data rows (below the header), skipping rows with no text. */
  List<XSSFRow> rows() {
    List<XSSFRow> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && texts(row).stream().anyMatch(t -> !t.isBlank())) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The cell text as displayed (a formula's cached value), empty for a missing cell. */
  static String text(Row row, int column) {
    if (row == null || column < 0) {
      return "";
    }
    Cell cell = row.getCell(column);
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return switch (cell.getCachedFormulaResultType()) {
        case STRING -> cell.getStringCellValue();
        case NUMERIC -> FORMAT.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
        default -> "";
      };
    }
    return FORMAT.formatCellValue(cell).strip();
  }

  /**
   * Appends a row after the last data row, styled like that row, its own values blank. The last
   * row's formulas are kept only in the analyst's own columns: in a column the reader reads ({@code
   * read}) a formula over the new row's still empty cells would give a value nobody entered (0 for
   * {@code =C2+D2}, a #DIV/0! for an average). Returns the new row.
   */
  XSSFRow append(List<ColumnSpec> read) {
    List<XSSFRow> rows = rows();
    XSSFRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    int at = (last == null ? headerRow : last.getRowNum()) + 1;
    while (sheet.getRow(at) != null
        && texts(sheet.getRow(at)).stream().anyMatch(t -> !t.isBlank())) {
      at++;
    }
    XSSFRow row = sheet.getRow(at) != null ? sheet.getRow(at) : sheet.createRow(at);
    if (last != null) {
      row.copyRowFrom(
          last,
          new CellCopyPolicy.Builder()
              .cellValue(true)
              .cellFormula(true)
              .cellStyle(true)
              .mergedRegions(false)
              .rowHeight(false)
              .build());
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.FORMULA || reads(read, cell.getColumnIndex())) {
          cell.setBlank();
        }
      }
    }
    return row;
  }

  /** Whether the column at {@code index} is one of {@code read}, by any of its spellings. */
  private boolean reads(List<ColumnSpec> read, int index) {
    if (index >= header.size()) {
      return false;
    }
    String name = key(header.get(index));
    for (ColumnSpec spec : read) {
      if (key(spec.name()).equals(name)
          || spec.aliases().stream().anyMatch(a -> key(a).equals(name))) {
        return true;
      }
    }
    return false;
  }

  /** Sets a text cell (a whole number as a number, like the template's Nr). */
  static void set(XSSFRow row, int column, String value) {
    if (column < 0) {
      return;
    }
    XSSFCell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
    // An inline string (t="inlineStr", as openpyxl writes text) keeps its <is> text when POI sets
    // a new value beside it, and readers show the old one: drop it so the new value is the value.
    var ct = cell.getCTCell();
    if (ct.isSetIs()) {
      ct.unsetIs();
      ct.unsetT();
    }
    if (value.matches("[1-9]\\d{0,8}")) {
      cell.setCellValue(Integer.parseInt(value));
    } else {
      cell.setCellValue(value);
    }
  }

  private static List<String> texts(Row row) {
    List<String> cells = new ArrayList<>();
    if (row == null) {
      return cells;
    }
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      cells.add(text(row, c));
    }
    return cells;
  }

  /** As the reader matches names: case, accents, spaces, hyphens and a trailing colon ignored. */
  static String key(String name) {
    String lower = name == null ? "" : name.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[\\s_\\-:.]", "");
  }
}

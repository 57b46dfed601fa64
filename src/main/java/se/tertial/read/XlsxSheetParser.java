package se.tertial.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one worksheet part with StAX and keeps only the rows that hold a value or a formula:
 * styled empty rows down to row 1 048 576 cost time, not memory. Cells are kept as written ({@link
 * XlsxCell}); turning them into values needs the shared strings and styles and is done later.
 * Parsing goes through POI's hardened factory (no DTDs, no external entities). Element names are
 * matched without namespace, so the parser is indifferent to prefixes.
 */
final class XlsxSheetParser {
  /** Excel's last column, XFD. */
  static final int MAX_COLUMNS = 16_384;

  /** Excel's last row. */
  static final int MAX_ROW = 1_048_576;

  /** Merged ranges kept per sheet; a real sheet has tens, more is no report. */
  static final int MAX_MERGED = 10_000;

  /**
   * What one sheet held.
   *
   * @param rows the rows with content
   * @param problems what could not be taken as written
   * @param tooManyRows whether the sheet has more rows with content than allowed
   * @param merged the merged ranges ({@code <mergeCells>}, after the sheet data)
   */
  record Sheet(
      List<XlsxRow> rows, List<Problem> problems, boolean tooManyRows, List<MergedRange> merged) {}

  /**
   * Something in the sheet's XML the reader cannot take as a value.
   *
   * @param row the 1-based row
   * @param column the 0-based column, or -1 for the whole row
   * @param code the message key
   * @param arg the message argument (the cell reference as written, …)
   */
  record Problem(int row, int column, String code, String arg) {}

  /** A row with content: its number, its cells, and how wide it is (its last cell + 1). */
  record XlsxRow(int row, List<XlsxCell> cells, int width) {}

  /**
   * One cell as written in the sheet XML.
   *
   * @param column the 0-based column
   * @param type the {@code t} attribute ({@code n} when absent)
   * @param style the {@code s} attribute (0 when absent)
   * @param value the {@code v} element's text, or null
   * @param inline the text of an {@code is} element, or null
   * @param formula whether the cell has an {@code f} element
   */
  record XlsxCell(
      int column, String type, int style, String value, String inline, boolean formula) {
    boolean hasContent() {
      return value != null || inline != null || formula;
    }
  }

  private final XMLInputFactory factory;
  private final int maxRows;

  XlsxSheetParser(XMLInputFactory factory, int maxRows) {
    this.factory = factory;
    this.maxRows = maxRows;
  }

  Sheet parse(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    try {
      return new Walk(xml).run();
    } finally {
      xml.close();
    }
  }

  /** The state of one pass over a sheet. */
  private final class Walk {
    private final XMLStreamReader xml;
    private final List<XlsxRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<MergedRange> merged = new ArrayList<>();
    private int lastRow;
    private int rowNumber;
    private int lastColumn;
    private int width;
    private List<XlsxCell> cells;
    private boolean skipRow;

    Walk(XMLStreamReader xml) {
      this.xml = xml;
    }

    Sheet run() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "row" -> startRow();
            case "c" -> cell();
            case "mergeCell" -> mergeCell();
            default -> {}
          }
        } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("row")) {
          if (endRow()) {
            return new Sheet(rows, problems, true, merged);
          }
        }
      }
      return new Sheet(rows, problems, false, merged);
    }

    private void startRow() {
      String r = xml.getAttributeValue(null, "r");
      int number = lastRow + 1;
      if (r != null) {
        try {
          number = Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
          number = -1;
        }
      }
      skipRow = false;
      if (number < 1 || number > MAX_ROW) {
        problems.add(new Problem(lastRow + 1, -1, "xlsx.rowInvalid", r));
        number = lastRow + 1;
      } else if (number <= lastRow) {
        // Excel writes rows in ascending order, each once; anything else is a damaged or
        // hand-made file, and which of the two rows is meant cannot be known.
        problems.add(new Problem(number, -1, "xlsx.rowDuplicate", String.valueOf(number)));
        skipRow = true;
      } else {
        skipRow = false;
      }
      rowNumber = number;
      lastRow = Math.max(lastRow, number);
      lastColumn = -1;
      width = 0;
      cells = new ArrayList<>();
    }

    /** Ends a row; true when the sheet has more rows with content than allowed. */
    private boolean endRow() {
      if (cells != null && !skipRow && cells.stream().anyMatch(XlsxCell::hasContent)) {
        rows.add(new XlsxRow(rowNumber, List.copyOf(cells), width));
      }
      cells = null;
      return rows.size() > maxRows;
    }

    private void cell() throws XMLStreamException {
      if (cells == null) {
        startRow(); // a cell outside any row element: count it in a row of its own
      }
      String ref = xml.getAttributeValue(null, "r");
      int column = lastColumn + 1;
      if (ref != null) {
        column = columnOf(ref);
        if (column < 0 || column >= MAX_COLUMNS) {
          problems.add(new Problem(rowNumber, -1, "xlsx.cellRefInvalid", ref));
          skipElement();
          return;
        }
        if (column <= lastColumn) {
          problems.add(new Problem(rowNumber, column, "xlsx.cellDuplicate", ref));
          skipElement();
          return;
        }
      }
      lastColumn = column;
      width = Math.max(width, column + 1);
      String type = xml.getAttributeValue(null, "t");
      int style = styleOf(xml.getAttributeValue(null, "s"));
      String value = null;
      String inline = null;
      boolean formula = false;
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v" -> value = xml.getElementText();
            case "f" -> {
              formula = true;
              xml.getElementText();
            }
            case "is" -> inline = XlsxText.richText(xml);
            default -> depth++;
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
      cells.add(new XlsxCell(column, type == null ? "n" : type, style, value, inline, formula));
    }

    /**
     * A merged range. A reference that is no range is reported (the cells it meant to join cannot
     * be known); beyond {@link #MAX_MERGED} ranges the sheet is reported once, never silently read
     * as if the rest were not merged.
     */
    private void mergeCell() {
      String ref = xml.getAttributeValue(null, "ref");
      MergedRange range = MergedRange.parse(ref);
      if (range == null) {
        problems.add(new Problem(0, -1, "xlsx.mergeInvalid", String.valueOf(ref)));
      } else if (merged.size() == MAX_MERGED) {
        problems.add(new Problem(0, -1, "xlsx.mergeTooMany", String.valueOf(MAX_MERGED)));
        merged.add(range);
      } else if (merged.size() < MAX_MERGED) {
        merged.add(range);
      }
    }

    private void skipElement() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
    }
  }

  private static int styleOf(String s) {
    if (s == null) {
      return 0;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The 0-based column of a reference like {@code AB12}, or -1 when it is not one. */
  static int columnOf(String ref) {
    int column = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      char c = Character.toUpperCase(ref.charAt(i));
      if (c < 'A' || c > 'Z' || column > MAX_COLUMNS) {
        return -1;
      }
      column = column * 26 + (c - 'A' + 1);
      i++;
    }
    if (i == 0 || i == ref.length()) {
      return -1;
    }
    for (int j = i; j < ref.length(); j++) {
      if (!Character.isDigit(ref.charAt(j))) {
        return -1;
      }
    }
    return column - 1;
  }

  /** The letters of a 0-based column: 0 → A, 26 → AA. */
  static String columnName(int column) {
    return CellText.columnName(column);
  }
}

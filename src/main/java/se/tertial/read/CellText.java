package se.tertial.read;

/**
 * Text helpers shared by the CSV and workbook readers. Kept free of POI so that reading a CSV
 * folder never loads the workbook library.
 */
final class CellText {
  private CellText() {}

  /** Windows and old Mac line ends as {@code \n}. */
  static String normaliseNewlines(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The letters of a 0-based column: 0 → A, 26 → AA. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }
}

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
}

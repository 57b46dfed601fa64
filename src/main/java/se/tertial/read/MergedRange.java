package se.tertial.read;

/**
 * A range of a sheet merged into one cell ({@code <mergeCell ref="A2:A5"/>}): Excel shows the
 * top-left cell's value across the whole range, and the other cells hold nothing.
 *
 * @param firstRow the 1-based first row
 * @param lastRow the 1-based last row
 * @param firstColumn the 0-based first column
 * @param lastColumn the 0-based last column
 */
public record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

  /** Whether the cell lies in the range but is not its top-left cell (the one with the value). */
  public boolean covers(int row, int column) {
    return row >= firstRow
        && row <= lastRow
        && column >= firstColumn
        && column <= lastColumn
        && (row != firstRow || column != firstColumn);
  }

  /** The range as Excel writes it, e.g. {@code A2:A5}. */
  public String ref() {
    return CellText.columnName(firstColumn)
        + firstRow
        + ":"
        + CellText.columnName(lastColumn)
        + lastRow;
  }

  /**
   * The range a {@code ref} attribute names ({@code A2:A5}; a single cell {@code B3} is a range of
   * one), or null when it is no valid reference.
   */
  static MergedRange parse(String ref) {
    if (ref == null) {
      return null;
    }
    String[] ends = ref.strip().split(":", -1);
    if (ends.length > 2) {
      return null;
    }
    int[] first = cell(ends[0]);
    int[] last = ends.length == 2 ? cell(ends[1]) : first;
    if (first == null || last == null) {
      return null;
    }
    return new MergedRange(
        Math.min(first[0], last[0]),
        Math.max(first[0], last[0]),
        Math.min(first[1], last[1]),
        Math.max(first[1], last[1]));
  }

  /** {row, column} of a reference like {@code AB12}, or null. */
  private static int[] cell(String ref) {
    int column = XlsxSheetParser.columnOf(ref);
    if (column < 0 || column >= XlsxSheetParser.MAX_COLUMNS) {
      return null;
    }
    int digits = 0;
    while (digits < ref.length() && Character.isLetter(ref.charAt(digits))) {
      digits++;
    }
    try {
      int row = Integer.parseInt(ref.substring(digits));
      return row >= 1 && row <= XlsxSheetParser.MAX_ROW ? new int[] {row, column} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

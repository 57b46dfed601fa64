package se.tertial.model;

/**
 * Where a value was read: the file, the sheet (null for CSV files), the 1-based row as the
 * spreadsheet shows it (0 when the whole sheet or file is meant) and the column header (null when
 * the whole row is meant).
 */
public record SourceRef(String file, String sheet, int row, String column) {

  /** The whole file. */
  public static SourceRef file(String file) {
    return new SourceRef(file, null, 0, null);
  }

  /** A whole sheet (or CSV file when {@code sheet} is null). */
  public static SourceRef sheet(String file, String sheet) {
    return new SourceRef(file, sheet, 0, null);
  }

  /** The same place, narrowed to one column. */
  public SourceRef column(String columnName) {
    return new SourceRef(file, sheet, row, columnName);
  }

  /**
   * The position in Swedish, e.g. {@code utfall.csv rad 14, kolumn Kvinnor} or {@code enhet.xlsx,
   * blad Utfall, rad 14, kolumn Kvinnor}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder(file == null ? "" : file);
    if (sheet != null) {
      text.append(", ").append(Messages.get("location.sheet", sheet));
    }
    if (row > 0) {
      text.append(sheet != null ? ", " : " ").append(Messages.get("location.row", row));
    }
    if (column != null) {
      text.append(", ").append(Messages.get("location.column", column));
    }
    return text.toString();
  }
}

package se.tertial.read;

import java.util.List;
import se.tertial.model.SourceRef;

/**
 * One sheet or CSV file as read, the common shape both formats produce so that one assembler
 * validates both alike.
 *
 * @param kind which table of the contract it is
 * @param file the workbook's or the CSV file's name
 * @param sheet the sheet's name as written, or null for a CSV file
 * @param headerRow the 1-based row of the header (0 when the table is empty)
 * @param header the column names as written
 * @param rows the data rows below the header, blank rows already skipped
 * @param merged the sheet's merged ranges below the header (none for a CSV file)
 */
public record RawTable(
    Table kind,
    String file,
    String sheet,
    int headerRow,
    List<String> header,
    List<RawRow> rows,
    List<MergedRange> merged) {

  public RawTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    merged = List.copyOf(merged);
  }

  /** A table without merged cells (every CSV file). */
  public RawTable(
      Table kind,
      String file,
      String sheet,
      int headerRow,
      List<String> header,
      List<RawRow> rows) {
    this(kind, file, sheet, headerRow, header, rows, List.of());
  }

  /** The whole table. */
  public SourceRef where() {
    return new SourceRef(file, sheet, 0, null);
  }

  /** A row of the table. */
  public SourceRef at(int row) {
    return new SourceRef(file, sheet, row, null);
  }

  /** One cell of the table. */
  public SourceRef at(int row, String column) {
    return new SourceRef(file, sheet, row, column);
  }
}

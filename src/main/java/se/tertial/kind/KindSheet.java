package se.tertial.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Table;

/**
 * One sheet of a kind's own in a workbook tertial writes, as plain data: the workbook writer lays
 * it out (header style, widths, frozen header) the same as the shared sheets. The columns are the
 * ones the kind's assembler reads, so the accepted spellings of a sheet or column are known to
 * {@code next-period} when it adds rows to an analyst's own workbook.
 *
 * @param table the table, whose documented name the sheet gets (e.g. {@code Månadsrapport})
 * @param columns the columns as documented, in order
 * @param rows the rows of the report's data, each as long as the header; a cell is a {@code
 *     String}, a {@code BigDecimal}, an {@code Integer}, a {@code LocalDate} or null (left empty)
 * @param openRows the rows to fill in for the period a workbook is made for: each has the row's key
 *     in its first column and the period's code in the {@code Period} column, the rest empty;
 *     written after {@code rows}, and added to an analyst's workbook by {@code next-period} unless
 *     a row with that key and period is there already
 */
public record KindSheet(
    Table table, List<ColumnSpec> columns, List<List<Object>> rows, List<List<Object>> openRows) {

  public KindSheet {
    columns = List.copyOf(columns);
    rows = copy(table, columns.size(), rows);
    openRows = copy(table, columns.size(), openRows);
  }

  /** A sheet with no rows to fill in. */
  public KindSheet(Table table, List<ColumnSpec> columns, List<List<Object>> rows) {
    this(table, columns, rows, List.of());
  }

  /** The sheet name as documented. */
  public String name() {
    return table.sheetName();
  }

  /** The column headers as documented. */
  public List<String> header() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /** A row of cells, some of which may be null (left empty). */
  public static List<Object> row(Object... cells) {
    return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells)));
  }

  private static List<List<Object>> copy(Table table, int width, List<List<Object>> rows) {
    List<List<Object>> copied = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != width) {
        throw new IllegalArgumentException(
            table.sheetName() + ": a row has " + row.size() + " cells, the header " + width);
      }
      // Unmodifiable but null-tolerant: an empty cell is null.
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return List.copyOf(copied);
  }
}

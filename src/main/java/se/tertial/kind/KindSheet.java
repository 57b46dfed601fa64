package se.tertial.kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One sheet of a kind's own in a workbook tertial writes, as plain data: the workbook writer lays
 * it out (header style, widths, frozen header) the same as the shared sheets.
 *
 * @param name the sheet name as documented, e.g. {@code Månadsrapport}
 * @param header the column headers as documented
 * @param rows the rows, each as long as the header; a cell is a {@code String}, a {@code
 *     BigDecimal}, a {@code LocalDate} or null (left empty)
 */
public record KindSheet(String name, List<String> header, List<List<Object>> rows) {

  public KindSheet {
    header = List.copyOf(header);
    List<List<Object>> copied = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            name + ": a row has " + row.size() + " cells, the header " + header.size());
      }
      // Unmodifiable but null-tolerant: an empty cell is null.
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copied);
  }
}

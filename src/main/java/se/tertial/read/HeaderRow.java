package se.tertial.read;

import java.util.List;
import se.tertial.model.UserText;

/**
 * Finds a table's header row below any title rows ("Styrmått 2024 – Division Test" in A1, merged
 * across, and a blank row under it): the header is the first row that holds every required contract
 * column of its table. For the tables of a kind's own (whose columns the kind's module knows, not
 * this package), and when no row holds them all (a misspelt column, which then gets its own
 * finding), it is the first row with two or more filled cells — a title is one cell. Only the first
 * {@link #MAX_TITLE_ROWS} rows are looked at; rows above the header are not read.
 */
final class HeaderRow {
  /** Title and note rows allowed above a header; a real sheet has one to three. */
  static final int MAX_TITLE_ROWS = 10;

  private HeaderRow() {}

  /**
   * The index of the header among {@code rows} (each row's cell texts, rows with content in sheet
   * order), or -1 when no row has a filled cell.
   */
  static int find(Table kind, List<List<String>> rows) {
    int limit = Math.min(rows.size(), MAX_TITLE_ROWS + 1);
    List<ColumnSpec> specs = SharedColumns.of(kind);
    if (!specs.isEmpty()) {
      for (int i = 0; i < limit; i++) {
        if (holdsRequired(rows.get(i), specs)) {
          return i;
        }
      }
    }
    int first = -1;
    for (int i = 0; i < limit; i++) {
      long filled = rows.get(i).stream().filter(text -> !UserText.trim(text).isEmpty()).count();
      if (filled >= 2) {
        return i;
      }
      if (filled == 1 && first < 0) {
        first = i;
      }
    }
    if (first >= 0) {
      return first;
    }
    for (int i = limit; i < rows.size(); i++) {
      if (rows.get(i).stream().anyMatch(text -> !UserText.trim(text).isEmpty())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsRequired(List<String> row, List<ColumnSpec> specs) {
    return specs.stream()
        .filter(ColumnSpec::required)
        .allMatch(spec -> row.stream().anyMatch(spec::matches));
  }
}

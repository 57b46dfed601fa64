package se.tertial.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.UserText;

/** Where each documented column is in one table's header. */
public final class Columns {
  private static final Pattern YEAR_TARGET = Pattern.compile("mal ?(\\d{4})");

  /**
   * A header that looks like a year target in another spelling ("Målvärde 2023", "Mål för 2025", a
   * bare "2025"): not read, but named, so a plan's targets are never dropped unsaid.
   */
  private static final Pattern YEAR_TARGET_LIKE =
      Pattern.compile("(?:mal\\S*(?: \\S+)? ?)?\\(?((?:19|20)\\d{2})\\)?");

  private final RawTable table;
  private final Map<String, Integer> index;
  private final Map<Integer, Integer> yearTargets;
  private final List<Integer> extras;

  private Columns(
      RawTable table,
      Map<String, Integer> index,
      Map<Integer, Integer> yearTargets,
      List<Integer> extras) {
    this.table = table;
    this.index = index;
    this.yearTargets = yearTargets;
    this.extras = List.copyOf(extras);
  }

  /**
   * Like {@link #resolve} but keeping every column that is not documented as an extra column
   * (budget amount columns, whose headings are the analyst's: "2023", "Konst", "Summa").
   */
  public static Optional<Columns> resolveWithExtras(
      RawTable table, List<ColumnSpec> specs, Findings findings) {
    return resolve(table, specs, false, true, findings);
  }

  /**
   * Finds the columns; reports missing required ones (then returns empty) and headers that look
   * like a misspelt contract column. Other columns (the analyst's own) are not read and not
   * reported. Columns with a blank header (for instance the rest of a merged header cell) are
   * ignored.
   */
  public static Optional<Columns> resolve(
      RawTable table, List<ColumnSpec> specs, boolean yearTargets, Findings findings) {
    return resolve(table, specs, yearTargets, false, findings);
  }

  private static Optional<Columns> resolve(
      RawTable table,
      List<ColumnSpec> specs,
      boolean yearTargets,
      boolean keepExtras,
      Findings findings) {
    List<Integer> extras = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<Integer, Integer> years = new TreeMap<>();
    List<String> header = table.header();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (UserText.trim(name).isEmpty()) {
        continue;
      }
      Optional<ColumnSpec> spec = specs.stream().filter(s -> s.matches(name)).findFirst();
      Matcher year = YEAR_TARGET.matcher(Names.fold(name));
      if (spec.isPresent()) {
        if (index.putIfAbsent(spec.get().name(), c) != null) {
          findings.warning("column.duplicate", table.at(table.headerRow(), name));
        }
      } else if (yearTargets && year.matches()) {
        years.putIfAbsent(Integer.parseInt(year.group(1)), c);
      } else if (keepExtras) {
        extras.add(c);
      } else {
        // An analyst's own column (Kontaktperson) is theirs to keep; only a near miss of a
        // contract column is worth a warning, naming the column it most likely means.
        unknown.add(name);
      }
    }
    for (String name : unknown) {
      Matcher yearLike = YEAR_TARGET_LIKE.matcher(Names.fold(name));
      if (yearTargets && yearLike.matches()) {
        findings.warning(
            "column.misspelt", table.at(table.headerRow(), name), "Mål " + yearLike.group(1));
        continue;
      }
      // A near miss of a column the table already has (Kommentar beside Kommentarer) is a column
      // of the analyst's own.
      ColumnSpelling.likelyMeant(name, specs)
          .filter(meant -> !index.containsKey(meant))
          .ifPresent(
              meant ->
                  findings.warning("column.misspelt", table.at(table.headerRow(), name), meant));
    }
    boolean complete = true;
    for (ColumnSpec spec : specs) {
      if (spec.required() && !index.containsKey(spec.name())) {
        findings.error("column.missing", table.at(Math.max(table.headerRow(), 1)), spec.name());
        complete = false;
      }
    }
    return complete ? Optional.of(new Columns(table, index, years, extras)) : Optional.empty();
  }

  public RawTable table() {
    return table;
  }

  /** The column's position, or -1 when the optional column is absent. */
  public int indexOf(String name) {
    return index.getOrDefault(name, -1);
  }

  /** The {@code Mål <year>} columns: year → position. */
  public Map<Integer, Integer> yearTargets() {
    return yearTargets;
  }

  /** The extra columns' positions, in header order (see {@link #resolveWithExtras}). */
  public List<Integer> extras() {
    return extras;
  }

  /**
   * The text Excel shows in a cell that a merged range covers: the range's top-left cell's text,
   * trimmed (empty when that row is not a row of the table); null when the cell is in no range.
   */
  String mergedText(int row, int column) {
    for (MergedRange range : table.merged()) {
      if (range.covers(row, column)) {
        return table.rows().stream()
            .filter(r -> r.row() == range.firstRow())
            .findFirst()
            .map(r -> UserText.trim(r.cell(range.firstColumn()).text()))
            .orElse("");
      }
    }
    return null;
  }

  /**
   * The header as written for a position (for findings naming the column as the analyst sees it).
   */
  public String headerAt(int column) {
    return table.header().get(column);
  }
}

package se.tertial.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every table found in one input.
 *
 * @param name the workbook's file name or the CSV folder's name
 * @param workbook whether the tables are sheets of a workbook (else CSV files)
 * @param tables the tables found, by kind
 * @param found every sheet name of the workbook or CSV file name of the folder, in order, so that a
 *     missing table's finding can say what is there instead
 */
public record RawInput(
    String name, boolean workbook, Map<TableKind, RawTable> tables, List<String> found) {

  public RawInput {
    tables = tables.isEmpty() ? Map.of() : new EnumMap<>(tables);
    found = List.copyOf(found);
  }

  public RawInput(String name, boolean workbook, Map<TableKind, RawTable> tables) {
    this(name, workbook, tables, List.of());
  }

  public Optional<RawTable> table(TableKind kind) {
    return Optional.ofNullable(tables.get(kind));
  }
}

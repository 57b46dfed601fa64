package se.tertial.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every table found in one input.
 *
 * @param name the workbook's file name or the CSV folder's name
 * @param workbook whether the tables are sheets of a workbook (else CSV files)
 * @param tables the tables found, by kind
 */
public record RawInput(String name, boolean workbook, Map<TableKind, RawTable> tables) {

  public RawInput {
    tables = tables.isEmpty() ? Map.of() : new EnumMap<>(tables);
  }

  public Optional<RawTable> table(TableKind kind) {
    return Optional.ofNullable(tables.get(kind));
  }
}

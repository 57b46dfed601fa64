package se.tertial.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every table found in one input.
 *
 * @param name the workbook's file name or the CSV folder's name
 * @param workbook whether the tables are sheets of a workbook (else CSV files)
 * @param tables the tables found, in the contract's order
 * @param found every sheet name of the workbook or CSV file name of the folder, in order, so that a
 *     missing table's finding can say what is there instead
 */
public record RawInput(
    String name, boolean workbook, Map<Table, RawTable> tables, List<String> found) {

  public RawInput {
    // In the order given (the contract's), so findings about the tables come in that order.
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    found = List.copyOf(found);
  }

  public RawInput(String name, boolean workbook, Map<Table, RawTable> tables) {
    this(name, workbook, tables, List.of());
  }

  public Optional<RawTable> table(Table table) {
    return Optional.ofNullable(tables.get(table));
  }
}

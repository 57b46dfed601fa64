package se.tertial.read;

import java.util.List;
import java.util.Map;

/**
 * The columns the reader reads in each shared table (Rapport, Styrmått, Utfall, Åtgärder,
 * Åtgärdsstatus, Texter), each with its accepted spellings: the contract, for the header search and
 * for a writer that must tell the contract's columns from an analyst's own.
 */
public final class SharedColumns {
  private static final Map<Table, List<ColumnSpec>> COLUMNS =
      Map.of(
          Table.REPORT, InfoAssembler.COLUMNS,
          Table.MEASURES, MeasureAssembler.MEASURE_COLUMNS,
          Table.OUTCOMES, MeasureAssembler.OUTCOME_COLUMNS,
          Table.ACTIONS, ActionAssembler.ACTION_COLUMNS,
          Table.STATUSES, ActionAssembler.STATUS_COLUMNS,
          Table.TEXTS, ActionAssembler.TEXT_COLUMNS);

  private SharedColumns() {}

  /** The columns of {@code table}; none for a table of a kind's own (its module knows them). */
  public static List<ColumnSpec> of(Table table) {
    return COLUMNS.getOrDefault(table, List.of());
  }
}

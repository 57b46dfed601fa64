package se.tertial.kind.plan;

import java.util.List;
import java.util.Objects;

/**
 * A budget table of a plan: rows of amounts in one unit, some rows stating totals.
 *
 * @param name the table's caption ("Förändringar i regionbidraget till Regionstyrelsen")
 * @param unit the unit of every amount ("mnkr", "tkr")
 * @param columns the amount columns' headings as written ("2023", "Konst", "Summa")
 * @param rows the rows in input order
 */
public record BudgetTable(String name, String unit, List<String> columns, List<BudgetRow> rows) {
  public BudgetTable {
    name = Objects.requireNonNullElse(name, "");
    unit = Objects.requireNonNullElse(unit, "");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}

package se.tertial.kind.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Columns;
import se.tertial.read.Findings;
import se.tertial.read.Names;
import se.tertial.read.RawInput;
import se.tertial.read.RawTable;
import se.tertial.read.RowReader;
import se.tertial.read.Table;

/**
 * Reads a verksamhetsplan's own table, {@code Budget} (Tabell | Rad | Enhet | Summarad | one column
 * per amount column: "2023", "2024" or "Akutram", "Summa"…), one row per budget row; rows with the
 * same Tabell form one table, in input order. Totals are checked by {@link BudgetCheck}. The risk
 * assessment ({@code Riskbedömning}) is read by {@link RiskAssembler}. The plan's goals and
 * styrmått come from the Styrmått sheet like the delårsbilaga's.
 */
public final class BudgetAssembler {
  public static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required("Tabell", "Tabellrubrik"),
          ColumnSpec.required("Rad", "Post", "Benämning"),
          ColumnSpec.optional("Enhet"),
          ColumnSpec.optional("Summarad", "Summa-rad", "Totalrad"));

  /** The tables an input of this kind cannot do without. */
  public Set<Table> required() {
    return Set.of(Table.REPORT, Table.MEASURES);
  }

  /** The kind data, with every problem added to {@code findings} (see {@link ReportKindModule}). */
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    Optional<RawTable> table = input.table(PlanKind.BUDGET);
    List<Risk> risks = RiskAssembler.risks(input, findings);
    if (table.isEmpty()) {
      return Optional.of(new PlanData(List.of(), risks, period));
    }
    Optional<Columns> columns = Columns.resolveWithExtras(table.get(), COLUMNS, findings);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    if (columns.get().extras().isEmpty()) {
      findings.error("budget.noAmountColumns", table.get().where());
      return Optional.empty();
    }
    return Optional.of(new PlanData(tables(columns.get(), findings), risks, period));
  }

  private static List<BudgetTable> tables(Columns columns, Findings findings) {
    Map<String, List<BudgetRow>> rows = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (RowReader row : RowReader.rows(columns, findings)) {
      String name = row.groupText("Tabell");
      if (name.isEmpty()) {
        row.fail("budget.tableMissing", "Tabell");
        continue;
      }
      String unit = row.text("Enhet");
      String earlier = units.putIfAbsent(name, unit);
      if (earlier != null && !unit.isEmpty() && !Names.key(earlier).equals(Names.key(unit))) {
        findings.warning("budget.unitMixed", row.where("Enhet"), name, earlier);
      } else if (earlier != null && earlier.isEmpty()) {
        units.put(name, unit);
      }
      List<BigDecimal> amounts = new ArrayList<>();
      for (int index : columns.extras()) {
        amounts.add(row.numberAt(index, columns.headerAt(index)));
      }
      boolean total = isYes(row.text("Summarad"));
      rows.computeIfAbsent(name, n -> new ArrayList<>())
          .add(new BudgetRow(row.text("Rad"), amounts, total, row.where()));
    }
    List<BudgetTable> tables = new ArrayList<>();
    rows.forEach(
        (name, list) -> tables.add(trimmed(name, units.get(name), columns, list, findings)));
    return tables;
  }

  /** The table with only the amount columns some row of it fills, then checked. */
  private static BudgetTable trimmed(
      String name, String unit, Columns columns, List<BudgetRow> rows, Findings findings) {
    List<Integer> used = new ArrayList<>();
    for (int c = 0; c < columns.extras().size(); c++) {
      int column = c;
      if (rows.stream().anyMatch(r -> r.amounts().get(column) != null)) {
        used.add(c);
      }
    }
    List<String> headers =
        used.stream().map(c -> columns.headerAt(columns.extras().get(c))).toList();
    List<BudgetRow> kept =
        rows.stream()
            .map(
                r ->
                    new BudgetRow(
                        r.label(),
                        used.stream().map(c -> r.amounts().get(c)).toList(),
                        r.total(),
                        r.where()))
            .toList();
    BudgetTable table = new BudgetTable(name, unit, headers, kept);
    new BudgetCheck(findings).check(table);
    return table;
  }

  private static boolean isYes(String text) {
    String key = Names.key(text);
    return switch (key) {
      case "ja", "x", "summa", "total", "totalt", "1", "sant", "true", "yes" -> true;
      default -> false;
    };
  }
}

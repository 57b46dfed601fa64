package se.tertial.kind.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import se.tertial.model.SwedishFormat;
import se.tertial.read.Findings;
import se.tertial.read.Names;

/**
 * Checks a budget table's stated totals: a total row against the sum of the rows above it (since
 * the previous total row), and a "Summa"/"Totalt" column against the other columns of its row.
 *
 * <p>Amounts are written rounded (one decimal in mnkr), so a sum of rounded amounts may differ from
 * the rounded total by up to half a unit of the last decimal per amount added; only a larger
 * difference is a finding (a published plan states 9 279,8 mnkr where its rows add up to 9 279,7).
 */
final class BudgetCheck {
  private static final Set<String> TOTAL_COLUMNS = Set.of("summa", "totalt", "total");

  private final Findings findings;

  BudgetCheck(Findings findings) {
    this.findings = findings;
  }

  void check(BudgetTable table) {
    checkTotalRows(table);
    checkTotalColumn(table);
  }

  private void checkTotalRows(BudgetTable table) {
    int start = 0;
    List<BudgetRow> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      BudgetRow row = rows.get(r);
      if (!row.total()) {
        continue;
      }
      List<BudgetRow> above = rows.subList(start, r).stream().filter(x -> !x.total()).toList();
      for (int c = 0; c < table.columns().size(); c++) {
        BigDecimal stated = row.amounts().get(c);
        if (stated == null || above.isEmpty()) {
          continue;
        }
        int column = c;
        List<BigDecimal> parts =
            above.stream().map(x -> x.amounts().get(column)).filter(v -> v != null).toList();
        String header = table.columns().get(c);
        compare(
            stated,
            parts,
            (sum, diff) ->
                findings.warning(
                    "budget.totalMismatch",
                    row.where().column(header),
                    header,
                    SwedishFormat.withUnit(stated, table.unit()),
                    SwedishFormat.withUnit(sum, table.unit()),
                    SwedishFormat.withUnit(diff, table.unit()),
                    row.label()));
      }
      start = r + 1;
    }
  }

  private void checkTotalColumn(BudgetTable table) {
    int total = -1;
    for (int c = 0; c < table.columns().size(); c++) {
      if (TOTAL_COLUMNS.contains(Names.key(table.columns().get(c)))) {
        total = c;
      }
    }
    if (total < 0) {
      return;
    }
    String header = table.columns().get(total);
    for (BudgetRow row : table.rows()) {
      BigDecimal stated = row.amounts().get(total);
      int skip = total;
      List<BigDecimal> parts =
          IntStream.range(0, row.amounts().size())
              .filter(i -> i != skip)
              .mapToObj(i -> row.amounts().get(i))
              .filter(v -> v != null)
              .toList();
      if (stated == null || parts.isEmpty()) {
        continue;
      }
      compare(
          stated,
          parts,
          (sum, diff) ->
              findings.warning(
                  "budget.rowTotalMismatch",
                  row.where().column(header),
                  row.label(),
                  SwedishFormat.withUnit(stated, table.unit()),
                  header,
                  SwedishFormat.withUnit(sum, table.unit()),
                  SwedishFormat.withUnit(diff, table.unit())));
    }
  }

  /** Calls {@code mismatch} with the sum and difference when they differ beyond rounding. */
  private static void compare(
      BigDecimal stated, List<BigDecimal> parts, BiConsumer<BigDecimal, BigDecimal> mismatch) {
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal diff = stated.subtract(sum);
    int scale = Math.max(0, stated.stripTrailingZeros().scale());
    for (BigDecimal part : parts) {
      scale = Math.max(scale, part.stripTrailingZeros().scale());
    }
    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    BigDecimal tolerance = halfUnit.multiply(BigDecimal.valueOf(parts.size()));
    if (diff.abs().compareTo(tolerance) > 0) {
      mismatch.accept(sum, diff);
    }
  }
}

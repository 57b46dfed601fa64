package se.tertial.kind.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.tertial.model.SwedishFormat;

/**
 * A budget table's amounts as printed: every amount of a column with the same number of decimals,
 * the most any amount of that column was written with ("1 251,0" above "1 204,5", not "1 251"), so
 * the figures of a column line up and no amount looks more or less exact than its neighbours.
 * Decimals are only ever added, never rounded away: "0,01" among tenths makes the column show
 * hundredths rather than print "0,0".
 */
final class BudgetFigures {
  private BudgetFigures() {}

  /** The rows' amounts formatted, row by row; "" where a cell is blank. */
  static List<List<String>> formatted(BudgetTable table) {
    int columns = table.rows().stream().mapToInt(r -> r.amounts().size()).max().orElse(0);
    int[] decimals = new int[columns];
    for (BudgetRow row : table.rows()) {
      for (int c = 0; c < row.amounts().size(); c++) {
        BigDecimal amount = row.amounts().get(c);
        if (amount != null) {
          decimals[c] = Math.max(decimals[c], Math.max(amount.scale(), 0));
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (BudgetRow row : table.rows()) {
      List<String> amounts = new ArrayList<>();
      for (int c = 0; c < row.amounts().size(); c++) {
        BigDecimal amount = row.amounts().get(c);
        amounts.add(amount == null ? "" : SwedishFormat.number(amount.setScale(decimals[c])));
      }
      rows.add(amounts);
    }
    return rows;
  }
}

package se.tertial.kind.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import se.tertial.model.SourceRef;

/**
 * A row of a budget table ({@code Budget} sheet).
 *
 * @param label the row's text ("Prisuppräkning")
 * @param amounts one amount per column of the table, null where the cell is blank
 * @param total whether the row states the total of the rows above it (up to the previous total)
 * @param where the row it was read from
 */
public record BudgetRow(String label, List<BigDecimal> amounts, boolean total, SourceRef where) {
  public BudgetRow {
    label = Objects.requireNonNullElse(label, "");
    // Blank cells are null, which List.copyOf refuses.
    amounts = Collections.unmodifiableList(new ArrayList<>(amounts));
  }
}

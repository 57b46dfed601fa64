package se.tertial.kind.plan;

import java.util.List;
import java.util.Set;
import se.tertial.model.KindData;
import se.tertial.model.Period;

/**
 * The data only a verksamhetsplan has: its budget tables. Its goals and styrmått are the report's
 * measures, the same the delårsbilaga judges later.
 *
 * @param budgets the budget tables in input order
 */
public record PlanData(List<BudgetTable> budgets) implements KindData {
  public PlanData {
    budgets = List.copyOf(budgets);
  }

  @Override
  public Set<Period> periods() {
    return Set.of();
  }
}

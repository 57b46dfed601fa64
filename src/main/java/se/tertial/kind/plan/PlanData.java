package se.tertial.kind.plan;

import java.util.List;
import java.util.Set;
import se.tertial.model.KindData;
import se.tertial.model.Period;

/**
 * The data only a verksamhetsplan has: its budget tables and its risk assessment. Its goals and
 * styrmått are the report's measures, the same the delårsbilaga judges later.
 *
 * @param budgets the budget tables in input order
 * @param risks the risk assessment's rows (riskbedömning) in input order
 */
public record PlanData(List<BudgetTable> budgets, List<Risk> risks) implements KindData {
  public PlanData {
    budgets = List.copyOf(budgets);
    risks = List.copyOf(risks);
  }

  /** A plan without a risk assessment. */
  public PlanData(List<BudgetTable> budgets) {
    this(budgets, List.of());
  }

  @Override
  public Set<Period> periods() {
    return Set.of();
  }
}

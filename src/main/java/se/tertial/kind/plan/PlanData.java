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
 * @param year the period the plan was read for (its year, {@code 2026-ÅR}), or null when unknown
 */
public record PlanData(List<BudgetTable> budgets, List<Risk> risks, Period year)
    implements KindData {
  public PlanData {
    budgets = List.copyOf(budgets);
    risks = List.copyOf(risks);
  }

  /** A plan without a risk assessment or a known year. */
  public PlanData(List<BudgetTable> budgets) {
    this(budgets, List.of(), null);
  }

  /**
   * The plan's year: a plan has no outcomes, yet it is a document of its year, so {@code
   * --all-periods} and a manifest's {@code periods: all} render it (before, "inga perioder").
   */
  @Override
  public Set<Period> periods() {
    return year == null ? Set.of() : Set.of(year);
  }
}

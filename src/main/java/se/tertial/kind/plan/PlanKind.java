package se.tertial.kind.plan;

import java.util.Optional;
import java.util.Set;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.TableKind;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * The verksamhetsplan (operational plan): goals, styrmått with baselines and year targets, budget
 * tables (seed 002).
 */
public final class PlanKind implements ReportKindModule {

  @Override
  public String name() {
    return "verksamhetsplan";
  }

  @Override
  public Set<TableKind> required() {
    return new BudgetAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new BudgetAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new PlanViewModelBuilder().build(evaluation, logoDataUri);
  }
}

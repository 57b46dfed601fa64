package se.tertial.kind.monthly;

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

/** The månadsuppföljning (monthly follow-up of assignments): one box per assignment (seed 004). */
public final class MonthlyKind implements ReportKindModule {

  @Override
  public String name() {
    return "manadsuppfoljning";
  }

  @Override
  public Set<TableKind> required() {
    return new MonthlyAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new MonthlyAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new MonthlyViewModelBuilder().build(evaluation, logoDataUri);
  }
}

package se.tertial.kind.assignment;

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
 * The uppdragsåterkoppling (feedback on RD assignments): items under Ärende/fråga with work and
 * results (seeds 001, 003).
 */
public final class AssignmentKind implements ReportKindModule {

  @Override
  public String name() {
    return "uppdragsaterkoppling";
  }

  @Override
  public Set<TableKind> required() {
    return new AssignmentAssembler().required();
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return new AssignmentAssembler().assemble(input, period, findings);
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new AssignmentViewModelBuilder().build(evaluation, logoDataUri);
  }
}

package se.tertial.render;

import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.kind.assignment.AssignmentViewModelBuilder;
import se.tertial.kind.monthly.MonthlyViewModelBuilder;
import se.tertial.kind.plan.PlanViewModelBuilder;
import se.tertial.model.ReportKind;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * The rendering part of each report kind: which view model builder makes its template's root. The
 * template is {@code <Rapporttyp>.ftl}; a kind of the user's own (not a {@link ReportKind}) gets
 * the delårsbilaga's view model, so a custom template can restyle the appendix.
 */
final class KindViews {
  private KindViews() {}

  static KindViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    ReportKind kind = evaluation.report().info().reportKind().orElse(ReportKind.DELARSBILAGA);
    return switch (kind) {
      case DELARSBILAGA -> new AppendixViewModelBuilder().build(evaluation, logoDataUri);
      case UPPDRAGSATERKOPPLING -> new AssignmentViewModelBuilder().build(evaluation, logoDataUri);
      case MANADSUPPFOLJNING -> new MonthlyViewModelBuilder().build(evaluation, logoDataUri);
      case VERKSAMHETSPLAN -> new PlanViewModelBuilder().build(evaluation, logoDataUri);
    };
  }
}

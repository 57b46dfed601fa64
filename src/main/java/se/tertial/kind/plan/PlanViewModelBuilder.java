package se.tertial.kind.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.tertial.kind.plan.PlanViewModel.BudgetLine;
import se.tertial.kind.plan.PlanViewModel.BudgetView;
import se.tertial.kind.plan.PlanViewModel.PlanFactor;
import se.tertial.kind.plan.PlanViewModel.PlanGoal;
import se.tertial.kind.plan.PlanViewModel.PlanMeasure;
import se.tertial.kind.plan.PlanViewModel.PlanPerspective;
import se.tertial.model.Measure;
import se.tertial.model.Report;
import se.tertial.model.SwedishFormat;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.MetaBuilder;
import se.tertial.view.Perspectives;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.Texts;
import se.tertial.view.TocEntry;

/**
 * Builds the {@link PlanViewModel} from the report's measures and budget tables. Uses the report,
 * never the evaluation's judgements: a plan states targets, it does not judge. Pure, thread-safe.
 */
public final class PlanViewModelBuilder {
  public static final String BUDGET_HEADING = "Ekonomiska förutsättningar och ramar";

  private final Texts texts = new Texts(new TextSanitizer());

  public PlanViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Report report = evaluation.report();
    List<TocEntry> toc = new ArrayList<>();
    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      toc.add(new TocEntry(intro.anchor(), intro.heading()));
    }
    Set<Integer> years = new TreeSet<>();
    report.measures().forEach(m -> years.addAll(m.yearTargets().keySet()));
    List<String> targetColumns =
        years.isEmpty() ? List.of("Mål") : years.stream().map(y -> "Mål " + y).toList();

    Set<String> found = new LinkedHashSet<>();
    report.measures().forEach(m -> found.add(m.perspective()));
    List<PlanPerspective> perspectives = new ArrayList<>();
    for (String name : Perspectives.order(found)) {
      List<Measure> measures =
          report.measures().stream().filter(m -> Perspectives.same(m.perspective(), name)).toList();
      String display = name.isBlank() ? "Övrigt" : name;
      String anchor = Perspectives.anchor("perspektiv", display);
      List<PlanGoal> goals = goals(report, anchor, measures, years);
      perspectives.add(
          new PlanPerspective(anchor, display, texts.text(report, "Perspektiv: " + name), goals));
      toc.add(
          new TocEntry(
              anchor,
              display,
              goals.stream()
                  .map(g -> new TocEntry(g.anchor(), "Strategiskt mål: " + g.goal()))
                  .toList()));
    }
    List<BudgetView> budgets = new ArrayList<>();
    if (report.data() instanceof PlanData plan) {
      int n = 0;
      for (BudgetTable table : plan.budgets()) {
        budgets.add(budget(table, "budget-" + ++n));
      }
    }
    if (!budgets.isEmpty()) {
      toc.add(
          new TocEntry(
              "ekonomi",
              BUDGET_HEADING,
              budgets.stream().map(b -> new TocEntry(b.anchor(), b.name())).toList()));
    }
    var meta =
        MetaBuilder.meta(
            report.info(),
            evaluation.period(),
            logoDataUri,
            "strategiska mål, framgångsfaktorer, styrmått med mål och ekonomiska ramar.");
    return new PlanViewModel(
        meta,
        toc,
        "Verksamhetsår " + evaluation.period().year(),
        intro,
        targetColumns,
        perspectives,
        BUDGET_HEADING,
        budgets);
  }

  private List<PlanGoal> goals(
      Report report, String perspectiveAnchor, List<Measure> measures, Set<Integer> years) {
    Map<String, Map<String, List<PlanMeasure>>> tree = new LinkedHashMap<>();
    for (Measure m : measures) {
      List<String> targets =
          years.isEmpty()
              ? List.of(m.target())
              : years.stream().map(y -> m.yearTargets().getOrDefault(y, "")).toList();
      tree.computeIfAbsent(m.strategicGoal().strip(), k -> new LinkedHashMap<>())
          .computeIfAbsent(m.successFactor().strip(), k -> new ArrayList<>())
          .add(new PlanMeasure(m.name(), m.baseline(), targets, m.source(), m.followUp()));
    }
    List<PlanGoal> goals = new ArrayList<>();
    int n = 0;
    for (var goal : tree.entrySet()) {
      List<PlanFactor> factors = new ArrayList<>();
      goal.getValue()
          .forEach(
              (factor, rows) ->
                  factors.add(
                      new PlanFactor(
                          factor, texts.text(report, "Framgångsfaktor: " + factor), rows)));
      goals.add(
          new PlanGoal(
              perspectiveAnchor + "-mal-" + ++n,
              goal.getKey(),
              texts.text(report, "Strategiskt mål: " + goal.getKey()),
              factors));
    }
    return goals;
  }

  private static BudgetView budget(BudgetTable table, String anchor) {
    List<BudgetLine> rows =
        table.rows().stream()
            .map(
                r ->
                    new BudgetLine(
                        r.label(),
                        r.amounts().stream().map(SwedishFormat::number).toList(),
                        r.total()))
            .toList();
    return new BudgetView(anchor, table.name(), table.unit(), table.columns(), rows);
  }
}

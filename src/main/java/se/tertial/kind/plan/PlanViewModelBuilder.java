package se.tertial.kind.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.tertial.kind.TextPlaces;
import se.tertial.kind.plan.PlanViewModel.BudgetLine;
import se.tertial.kind.plan.PlanViewModel.BudgetView;
import se.tertial.kind.plan.PlanViewModel.Footnote;
import se.tertial.kind.plan.PlanViewModel.PlanBlock;
import se.tertial.kind.plan.PlanViewModel.PlanBlock.RiskGroup;
import se.tertial.kind.plan.PlanViewModel.PlanBlock.RiskView;
import se.tertial.kind.plan.PlanViewModel.PlanFactor;
import se.tertial.kind.plan.PlanViewModel.PlanGoal;
import se.tertial.kind.plan.PlanViewModel.PlanMeasure;
import se.tertial.kind.plan.PlanViewModel.PlanPerspective;
import se.tertial.model.Measure;
import se.tertial.model.Report;
import se.tertial.model.Section;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.MetaBuilder;
import se.tertial.view.Perspectives;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.Texts;
import se.tertial.view.TocEntry;

/**
 * Builds the {@link PlanViewModel} from the report's measures, budget tables, risk assessment and
 * Texter sections. Uses the report, never the evaluation's judgements: a plan states targets, it
 * does not judge. Pure, thread-safe.
 *
 * <p>The plan's text is the Texter rows in input order: {@code Kapitel}, {@code Avsnitt} and {@code
 * Underavsnitt} are headings of three levels, {@code Stycke} is text without a heading, {@code
 * Figur} a figure described in words. {@code Mål och styrmått}, {@code Budget: <tabell>} and {@code
 * Risker} place the goals, a budget table and the risk assessment. Whatever is not placed follows
 * at the end; a plan without such rows gets the goals as chapters and then the budget chapter.
 */
public final class PlanViewModelBuilder {
  public static final String BUDGET_HEADING = "Ekonomiska förutsättningar och ramar";
  static final String RISK_HEADING = "Riskbedömning";

  private static final TextPlaces PLACES = new PlanKind().textPlaces();

  private final Texts texts = new Texts(new TextSanitizer());

  public PlanViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Report report = evaluation.report();
    Set<Integer> years = new TreeSet<>();
    report.measures().forEach(m -> years.addAll(m.yearTargets().keySet()));
    TargetColumns targetColumns = TargetColumns.of(report.measures(), years);
    List<BudgetTable> budgets =
        report.data() instanceof PlanData plan ? plan.budgets() : List.<BudgetTable>of();
    List<Risk> risks = report.data() instanceof PlanData plan ? plan.risks() : List.<Risk>of();

    Flow flow = new Flow();
    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      flow.toc.add(new Toc(intro.anchor(), intro.heading()));
    }
    for (Section s : report.texts()) {
      place(s, report, targetColumns, budgets, risks, flow);
    }
    placeTheRest(report, targetColumns, budgets, risks, flow);
    var meta =
        MetaBuilder.meta(
            report.info(),
            evaluation.period(),
            logoDataUri,
            "strategiska mål, framgångsfaktorer, styrmått med mål och ekonomiska ramar.");
    return new PlanViewModel(
        meta,
        flow.toc.stream().map(Toc::entry).toList(),
        "Verksamhetsår " + evaluation.period().year(),
        intro,
        targetColumns.headings(),
        flow.blocks);
  }

  /** Places one Texter row where the analyst put it: a heading, text, figure, goals, a budget. */
  private void place(
      Section s,
      Report report,
      TargetColumns targetColumns,
      List<BudgetTable> budgets,
      List<Risk> risks,
      Flow flow) {
    String key = s.key().strip();
    String lower = key.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "kapitel" -> flow.heading(1, s.heading(), texts.html(s.text()));
      case "avsnitt" -> flow.heading(2, s.heading(), texts.html(s.text()));
      case "underavsnitt" -> flow.heading(3, s.heading(), texts.html(s.text()));
      case "stycke" -> {
        // A Rubrik on a Stycke is printed (as a heading outside the table of contents).
        if (!s.heading().isBlank()) {
          flow.subheading(s.heading(), texts.html(s.text()));
        } else {
          flow.blocks.add(new PlanBlock.Text(texts.html(s.text())));
        }
      }
      case "figur" -> flow.blocks.add(new PlanBlock.Figure(s.heading(), texts.html(s.text())));
      case "mål och styrmått", "mal och styrmatt" -> {
        // The row's own heading and text introduce the goals.
        if (!s.heading().isBlank()) {
          flow.heading(1, s.heading(), texts.html(s.text()));
        } else if (!s.text().isBlank()) {
          flow.blocks.add(new PlanBlock.Text(texts.html(s.text())));
        }
        flow.goalsPlaced = true;
        flow.goals(goals(report, targetColumns, flow));
      }
      case "risker", "riskbedömning" -> {
        flow.risksPlaced = true;
        flow.risks(s.heading().isBlank() ? RISK_HEADING : s.heading(), risks, texts);
        if (!s.text().isBlank()) {
          flow.blocks.add(new PlanBlock.Text(texts.html(s.text())));
        }
      }
      default -> {
        TextPlaces.Place where = PLACES.place(s, report);
        if (lower.startsWith("budget:")) {
          String name = key.substring("budget:".length()).strip();
          budgets.stream()
              .filter(b -> b.name().equalsIgnoreCase(name))
              .findFirst()
              .ifPresent(
                  b -> {
                    flow.placedBudgets.add(b.name());
                    if (!s.heading().isBlank()) {
                      flow.subheading(s.heading(), SafeHtml.EMPTY);
                    }
                    flow.budget(b, texts.html(s.text()));
                  });
        } else if (where instanceof TextPlaces.Free) {
          // An Avsnitt the plan has no place for: a section of its own where it stands.
          flow.heading(
              flow.level <= 1 ? 1 : 2,
              s.heading().isBlank() ? key : s.heading().strip(),
              texts.html(s.text()));
        }
      }
    }
  }

  /** What the Texter rows did not place goes last: the goals, the budgets, the risks. */
  private void placeTheRest(
      Report report,
      TargetColumns targetColumns,
      List<BudgetTable> budgets,
      List<Risk> risks,
      Flow flow) {
    if (!flow.goalsPlaced) {
      flow.level = 0;
      flow.goals(goals(report, targetColumns, flow));
    }
    List<BudgetTable> rest =
        budgets.stream().filter(b -> !flow.placedBudgets.contains(b.name())).toList();
    if (!rest.isEmpty()) {
      flow.heading(1, BUDGET_HEADING, SafeHtml.EMPTY);
      rest.forEach(b -> flow.budget(b, SafeHtml.EMPTY));
    }
    if (!flow.risksPlaced && !risks.isEmpty()) {
      flow.heading(1, RISK_HEADING, SafeHtml.EMPTY);
      flow.risks(RISK_HEADING, risks, texts);
    }
  }

  private List<PlanPerspective> goals(Report report, TargetColumns targetColumns, Flow flow) {
    Set<String> found = new LinkedHashSet<>();
    report.measures().forEach(m -> found.add(m.perspective()));
    List<PlanPerspective> perspectives = new ArrayList<>();
    for (String name : Perspectives.order(found)) {
      List<Measure> measures =
          report.measures().stream().filter(m -> Perspectives.same(m.perspective(), name)).toList();
      String display = name.isBlank() ? "Övrigt" : name;
      String anchor = Perspectives.anchor("perspektiv", display);
      perspectives.add(
          new PlanPerspective(
              anchor,
              display,
              texts.text(report, "Perspektiv: " + name),
              goals(report, anchor, measures, targetColumns, flow)));
    }
    return perspectives;
  }

  private List<PlanGoal> goals(
      Report report,
      String perspectiveAnchor,
      List<Measure> measures,
      TargetColumns targetColumns,
      Flow flow) {
    Map<String, Map<String, List<Measure>>> tree = new LinkedHashMap<>();
    for (Measure m : measures) {
      tree.computeIfAbsent(m.strategicGoal().strip(), k -> new LinkedHashMap<>())
          .computeIfAbsent(m.successFactor().strip(), k -> new ArrayList<>())
          .add(m);
    }
    List<PlanGoal> goals = new ArrayList<>();
    int n = 0;
    for (var goal : tree.entrySet()) {
      List<PlanFactor> factors = new ArrayList<>();
      for (var factor : goal.getValue().entrySet()) {
        List<PlanMeasure> rows = new ArrayList<>();
        List<Footnote> notes = new ArrayList<>();
        for (Measure m : factor.getValue()) {
          String mark = "";
          if (!m.footnote().isBlank()) {
            Footnote note = new Footnote(++flow.footnotes, m.footnote().strip());
            notes.add(note);
            mark = String.valueOf(note.number());
          }
          rows.add(
              new PlanMeasure(
                  m.name(), m.baseline(), targetColumns.cells(m), m.source(), m.followUp(), mark));
        }
        factors.add(
            new PlanFactor(
                factor.getKey(),
                texts.text(report, "Framgångsfaktor: " + factor.getKey()),
                rows,
                notes));
      }
      goals.add(
          new PlanGoal(
              perspectiveAnchor + "-mal-" + ++n,
              goal.getKey(),
              texts.text(report, "Strategiskt mål: " + goal.getKey()),
              factors));
    }
    return goals;
  }

  static BudgetView budget(BudgetTable table, String anchor) {
    List<List<String>> amounts = BudgetFigures.formatted(table);
    List<BudgetLine> rows = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      BudgetRow row = table.rows().get(i);
      rows.add(new BudgetLine(row.label(), amounts.get(i), row.total()));
    }
    return new BudgetView(anchor, table.name(), table.unit(), table.columns(), rows);
  }

  /** A table-of-contents entry being built: chapters get their sections as children. */
  private record Toc(String anchor, String title, List<Toc> children) {
    Toc(String anchor, String title) {
      this(anchor, title, new ArrayList<>());
    }

    TocEntry entry() {
      return new TocEntry(
          anchor, title, children.stream().map(c -> new TocEntry(c.anchor, c.title)).toList());
    }
  }

  /** The blocks and table of contents as the sections are read, with the current heading level. */
  private static final class Flow {
    final List<PlanBlock> blocks = new ArrayList<>();
    final List<Toc> toc = new ArrayList<>();
    final Set<String> anchors = new HashSet<>();
    final Set<String> placedBudgets = new HashSet<>();
    boolean goalsPlaced;
    boolean risksPlaced;
    int level;
    int footnotes;
    int budgets;

    String anchor(String prefix, String title) {
      String base = Perspectives.anchor(prefix, title);
      String anchor = base;
      for (int i = 2; !anchors.add(anchor); i++) {
        anchor = base + "-" + i;
      }
      return anchor;
    }

    void heading(int headingLevel, String title, SafeHtml text) {
      String anchor = anchor("avsnitt", title);
      blocks.add(new PlanBlock.Heading(headingLevel, anchor, title, text));
      level = headingLevel;
      if (headingLevel == 1) {
        toc.add(new Toc(anchor, title));
      } else if (headingLevel == 2) {
        child(new Toc(anchor, title));
      }
    }

    /** A heading outside the table of contents, one level below the current one. */
    void subheading(String title, SafeHtml text) {
      blocks.add(
          new PlanBlock.Heading(
              Math.min(Math.max(level, 1) + 1, 4), anchor("avsnitt", title), title, text));
    }

    void goals(List<PlanPerspective> perspectives) {
      int perspectiveLevel = level == 0 ? 1 : 2;
      blocks.add(new PlanBlock.Goals(perspectiveLevel, perspectives));
      for (PlanPerspective p : perspectives) {
        if (perspectiveLevel == 1) {
          toc.add(
              new Toc(
                  p.anchor(),
                  p.name(),
                  new ArrayList<>(
                      p.goals().stream()
                          .map(g -> new Toc(g.anchor(), "Strategiskt mål: " + g.goal()))
                          .toList())));
        } else {
          p.goals().forEach(g -> child(new Toc(g.anchor(), "Strategiskt mål: " + g.goal())));
        }
      }
      if (perspectiveLevel == 1) {
        level = 1;
      }
    }

    void budget(BudgetTable table, SafeHtml note) {
      BudgetView view = PlanViewModelBuilder.budget(table, "budget-" + ++budgets);
      blocks.add(new PlanBlock.Budget(Math.min(level + 1, 3), view, note));
      child(new Toc(view.anchor(), view.name()));
    }

    void risks(String title, List<Risk> risks, Texts texts) {
      Map<String, List<RiskView>> groups = new LinkedHashMap<>();
      for (Risk r : risks) {
        groups
            .computeIfAbsent(r.perspective().strip(), k -> new ArrayList<>())
            .add(
                new RiskView(
                    r.nr(),
                    r.goal(),
                    r.factor(),
                    texts.html(r.risk()),
                    texts.html(r.consequence()),
                    assessment(r),
                    needsAction(r),
                    texts.html(r.cause()),
                    texts.html(r.action()),
                    texts.html(r.control())));
      }
      String anchor = anchor("risker", title);
      blocks.add(
          new PlanBlock.Risks(
              Math.min(level + 1, 3),
              anchor,
              title,
              groups.entrySet().stream()
                  .map(e -> new RiskGroup(e.getKey(), e.getValue()))
                  .toList()));
      child(new Toc(anchor, title));
    }

    private void child(Toc entry) {
      if (toc.isEmpty()) {
        toc.add(entry);
      } else {
        toc.get(toc.size() - 1).children().add(entry);
      }
    }

    private static String assessment(Risk r) {
      if (r.probability() == null && r.severity() == null && r.value() == null) {
        return "–";
      }
      return text(r.probability()) + " × " + text(r.severity()) + " = " + text(r.value());
    }

    private static String needsAction(Risk r) {
      if (r.value() == null) {
        return "";
      }
      return r.value() >= 9 ? "kräver åtgärder" : "kräver inte särskild åtgärd";
    }

    private static String text(Integer value) {
      return value == null ? "–" : value.toString();
    }
  }
}

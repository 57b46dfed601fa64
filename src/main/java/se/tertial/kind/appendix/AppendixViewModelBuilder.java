package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import se.tertial.kind.appendix.AppendixViewModel.Footnote;
import se.tertial.kind.appendix.AppendixViewModel.FootnoteRef;
import se.tertial.kind.appendix.AppendixViewModel.GoalBlock;
import se.tertial.kind.appendix.AppendixViewModel.Legend;
import se.tertial.kind.appendix.AppendixViewModel.MeasureRow;
import se.tertial.kind.appendix.AppendixViewModel.PerspectiveView;
import se.tertial.model.ActionState;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;
import se.tertial.model.SwedishFormat;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.Trend;
import se.tertial.view.DocumentMeta;
import se.tertial.view.MetaBuilder;
import se.tertial.view.Perspectives;
import se.tertial.view.Symbol;
import se.tertial.view.TextSanitizer;
import se.tertial.view.TextSection;
import se.tertial.view.Texts;
import se.tertial.view.TocEntry;

/**
 * Builds the {@link AppendixViewModel} of a delårsbilaga from a report and its evaluation for one
 * period. Pure and deterministic: the same input gives an equal view model. Thread-safe.
 */
public final class AppendixViewModelBuilder {

  static final String PRODUCTION_HEADING = "Produktion, tillgänglighet mm";
  static final String GOALS_HEADING = "Måluppfyllelse i perspektiv";
  private static final Messages.Bundle TEXT =
      new Messages.Bundle("se.tertial.kind.appendix.messages");
  static final String LEGEND_HEADING = "Teckenförklaring";
  static final String GOAL_PREFIX = "Strategiskt mål: ";
  private static final Pattern NUMERIC = Pattern.compile("\\d{1,3}");

  private final TextSanitizer sanitizer = new TextSanitizer();
  private final Texts texts = new Texts(sanitizer);

  /**
   * The view model for {@code evaluation}'s period.
   *
   * @param logoDataUri the logo as a data: URI, or empty for none
   */
  // Long on purpose: it follows the document from top to bottom, one chapter after another, so the
  // order of the table of contents is the order of the code.
  public AppendixViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Objects.requireNonNull(evaluation, "evaluation");
    Report report = evaluation.report();
    Period period = evaluation.period();
    ReportInfo info = report.info();
    List<String> order = perspectiveOrder(report);
    List<TocEntry> toc = new ArrayList<>();

    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      toc.add(new TocEntry(intro.anchor(), intro.heading()));
    }
    List<TextSection> production = new ArrayList<>();
    for (String key : List.of("Produktion", "Tillgänglighet")) {
      TextSection s = texts.section(report, key, Perspectives.anchor("avsnitt", key), key);
      if (s.present()) {
        production.add(s);
      }
    }
    if (!production.isEmpty()) {
      toc.add(
          new TocEntry(
              AppendixViewModel.PRODUCTION_ANCHOR,
              PRODUCTION_HEADING,
              production.stream().map(s -> new TocEntry(s.anchor(), s.heading())).toList()));
    }

    // Avsnitt without a place of their own ("Sammanfattning"): chapters after the production.
    List<TextSection> sections = texts.free(new AppendixKind().textPlaces().free(report));
    sections.forEach(s -> toc.add(new TocEntry(s.anchor(), s.heading())));

    Map<String, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
    Map<String, Integer> notDue = new LinkedHashMap<>();
    List<PerspectiveView> perspectives =
        perspectives(evaluation, report, period, order, counts, notDue);
    var summary = SummaryBuilder.build(counts, notDue);
    toc.add(new TocEntry(summary.anchor(), summary.heading()));

    TextSection goals = texts.section(report, "Måluppfyllelse", "maluppfyllelse", GOALS_HEADING);
    toc.add(
        new TocEntry(
            goals.anchor(),
            goals.heading(),
            perspectives.stream()
                .map(
                    p ->
                        new TocEntry(
                            p.anchor(),
                            p.name(),
                            p.goals().stream()
                                .filter(GoalBlock::hasHeading)
                                .map(g -> new TocEntry(g.anchor(), GOAL_PREFIX + g.goal()))
                                .toList()))
                .toList()));

    var actionGroups =
        new ActionRows(report, period, sanitizer)
            .groups(
                order,
                name ->
                    evaluation.measures().stream()
                        .anyMatch(m -> Perspectives.same(m.measure().perspective(), name)));
    String actionsHeading =
        report.section("Åtgärder").map(Section::heading).filter(h -> !h.isBlank()).orElse(null);
    actionsHeading = actionsHeading == null ? actionsHeading(info) : actionsHeading;
    if (!actionGroups.isEmpty()) {
      toc.add(
          new TocEntry(
              AppendixViewModel.ACTIONS_ANCHOR,
              actionsHeading,
              actionGroups.stream().map(g -> new TocEntry(g.anchor(), g.perspective())).toList()));
    }
    toc.add(new TocEntry("teckenforklaring", LEGEND_HEADING));

    return new AppendixViewModel(
        meta(info, period, logoDataUri),
        toc,
        intro,
        production,
        PRODUCTION_HEADING,
        sections,
        summary,
        goals,
        perspectives,
        actionsHeading,
        texts.text(report, "Åtgärder"),
        actionGroups,
        legend(evaluation.settings()));
  }

  private List<PerspectiveView> perspectives(
      ReportEvaluation evaluation,
      Report report,
      Period period,
      List<String> order,
      Map<String, Map<Judgement, Integer>> counts,
      Map<String, Integer> notDue) {
    MeasureRows rows = new MeasureRows(report, period, sanitizer);
    Map<String, Map<Judgement, Integer>> byPerspective = evaluation.countsByPerspective();
    Map<String, Integer> notDueByPerspective = evaluation.notDueByPerspective();
    List<PerspectiveView> result = new ArrayList<>();
    int footnoteNo = 0;
    for (String name : order) {
      List<MeasureJudgement> judged =
          evaluation.measures().stream()
              .filter(m -> Perspectives.same(m.measure().perspective(), name))
              .toList();
      if (judged.isEmpty()) {
        continue;
      }
      byPerspective.entrySet().stream()
          .filter(e -> Perspectives.same(e.getKey(), name))
          .findFirst()
          .ifPresent(e -> counts.put(name, e.getValue()));
      notDueByPerspective.entrySet().stream()
          .filter(e -> Perspectives.same(e.getKey(), name))
          .findFirst()
          .ifPresent(e -> notDue.put(name, e.getValue()));
      String display = name.isBlank() ? "Övrigt" : name;
      Map<String, List<MeasureJudgement>> byGoal = byGoal(judged);
      List<MeasureRow> measureRows = new ArrayList<>();
      List<GoalBlock> blocks = new ArrayList<>();
      List<Footnote> footnotes = new ArrayList<>();
      int goalNo = 0;
      for (Map.Entry<String, List<MeasureJudgement>> goal : byGoal.entrySet()) {
        List<MeasureRow> goalRows = new ArrayList<>();
        for (MeasureJudgement m : goal.getValue()) {
          footnoteNo = row(rows, m, footnoteNo, goalRows, footnotes);
        }
        goalNo++;
        blocks.add(
            new GoalBlock(
                Perspectives.anchor("mal", display) + "-" + goalNo, goal.getKey(), goalRows));
        measureRows.addAll(goalRows);
      }
      result.add(
          new PerspectiveView(
              Perspectives.anchor("perspektiv", display),
              display,
              texts.text(report, "Perspektiv: " + name),
              byGoal.keySet().stream().filter(g -> !g.isEmpty()).toList(),
              blocks,
              measureRows,
              footnotes,
              texts.text(report, "Efter perspektiv: " + name)));
    }
    return result;
  }

  /**
   * A perspective's measures as a delårsbilaga groups them: one group per strategic goal (in order
   * of first appearance; a measure without one in a group of its own, key ""), and within a goal
   * the measures of one framgångsfaktor together, factors in order of first appearance.
   */
  static Map<String, List<MeasureJudgement>> byGoal(List<MeasureJudgement> judged) {
    Map<String, Map<String, List<MeasureJudgement>>> grouped = new LinkedHashMap<>();
    for (MeasureJudgement m : judged) {
      grouped
          .computeIfAbsent(m.measure().strategicGoal().strip(), g -> new LinkedHashMap<>())
          .computeIfAbsent(
              m.measure().successFactor().strip().toLowerCase(Locale.ROOT), f -> new ArrayList<>())
          .add(m);
    }
    Map<String, List<MeasureJudgement>> result = new LinkedHashMap<>();
    grouped.forEach(
        (goal, factors) -> {
          List<MeasureJudgement> list = new ArrayList<>();
          factors.values().forEach(list::addAll);
          result.put(goal, list);
        });
    return result;
  }

  /**
   * Adds one measure's row (and its footnote); returns the footnote counter after it. A bare number
   * in Fotnot is a marker whose text the input lacks: nothing is printed for it ({@code check}
   * warns), never a placeholder.
   */
  private int row(
      MeasureRows rows,
      MeasureJudgement m,
      int footnoteNo,
      List<MeasureRow> measureRows,
      List<Footnote> footnotes) {
    Measure measure = m.measure();
    FootnoteRef ref = FootnoteRef.NONE;
    String note = measure.footnote().strip();
    if (!note.isEmpty() && !NUMERIC.matcher(note).matches()) {
      footnoteNo++;
      String marker = Integer.toString(footnoteNo);
      String anchor = Perspectives.anchor("fotnot", measure.id());
      ref = new FootnoteRef(marker, anchor);
      footnotes.add(new Footnote(marker, anchor, note));
    }
    measureRows.add(rows.row(m, ref));
    return footnoteNo;
  }

  /**
   * "Uppföljning av förvaltningens strategiska åtgärder" for the unit's Enhetstyp (or the first
   * word of Enhet), a neutral "Uppföljning av strategiska åtgärder" when neither names a type.
   */
  static String actionsHeading(ReportInfo info) {
    String genitive = info.unitGenitive();
    return genitive.isEmpty()
        ? TEXT.get("actions.heading.neutral")
        : TEXT.get("actions.heading", genitive);
  }

  private static List<String> perspectiveOrder(Report report) {
    Set<String> found = new LinkedHashSet<>();
    report.measures().forEach(m -> found.add(m.perspective()));
    report.actions().forEach(a -> found.add(a.perspective()));
    return Perspectives.order(found);
  }

  private static DocumentMeta meta(ReportInfo info, Period period, String logoDataUri) {
    return MetaBuilder.meta(
        info,
        period,
        logoDataUri,
        "måluppfyllelse per perspektiv och uppföljning av strategiska åtgärder.");
  }

  /**
   * The legend, stating the settings the judging used (the evaluation's, options included), so the
   * document and {@code evaluate}'s JSON never tell different stories.
   */
  static Legend legend(JudgementSettings settings) {
    List<Symbol> judgements = new ArrayList<>();
    for (Judgement j : Judgement.values()) {
      judgements.add(Symbol.of(j));
    }
    List<Symbol> trends = new ArrayList<>();
    for (Trend t : Trend.values()) {
      trends.add(Symbol.of(t));
    }
    List<Symbol> statuses = new ArrayList<>();
    for (var s : ActionState.values()) {
      statuses.add(Symbol.of(s));
    }
    String base =
        switch (settings.trendBase()) {
          case PREVIOUS_PERIOD -> "legend.trend.previousPeriod";
          case SAME_PERIOD_LAST_YEAR -> "legend.trend.sameLastYear";
        };
    String percent = SwedishFormat.withUnit(settings.tolerance().stripTrailingZeros(), "%");
    String tolerance =
        settings.absoluteTolerance() == null
            ? TEXT.get("legend.tolerance", percent)
            : TEXT.get(
                "legend.tolerance.absolute",
                percent,
                SwedishFormat.number(settings.absoluteTolerance().abs()));
    return new Legend(
        "teckenforklaring",
        judgements,
        new AppendixViewModel.SymbolNote(Symbol.notDue(), TEXT.get("legend.notDue")),
        trends,
        statuses,
        TEXT.get(base),
        TEXT.get("legend.trend.compared"),
        tolerance);
  }
}

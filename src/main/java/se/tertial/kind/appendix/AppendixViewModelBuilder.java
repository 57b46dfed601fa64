package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.tertial.kind.appendix.AppendixActionParts.ActionGroup;
import se.tertial.kind.appendix.AppendixLegendParts.Legend;
import se.tertial.kind.appendix.AppendixMeasureParts.Footnote;
import se.tertial.kind.appendix.AppendixMeasureParts.FootnoteRef;
import se.tertial.kind.appendix.AppendixMeasureParts.GoalBlock;
import se.tertial.kind.appendix.AppendixMeasureParts.MeasureRow;
import se.tertial.kind.appendix.AppendixMeasureParts.PerspectiveView;
import se.tertial.kind.appendix.AppendixSummaryParts.Summary;
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
   * The view model for {@code evaluation}'s period: its chapters from top to bottom, each adding
   * its entry to the table of contents, so the order of the calls is the order of the document.
   *
   * @param logoDataUri the logo as a data: URI, or empty for none
   */
  public AppendixViewModel build(ReportEvaluation evaluation, String logoDataUri) {
    Objects.requireNonNull(evaluation, "evaluation");
    Report report = evaluation.report();
    List<String> order = perspectiveOrder(report);
    List<TocEntry> toc = new ArrayList<>();

    TextSection intro = introduction(report, toc);
    List<TextSection> production = production(report, toc);
    List<TextSection> sections = freeSections(report, toc);
    GoalsChapter goals = goals(evaluation, order, toc);
    ActionsChapter actions = actions(evaluation, order, toc);
    toc.add(new TocEntry("teckenforklaring", LEGEND_HEADING));

    return new AppendixViewModel(
        meta(report.info(), evaluation.period(), logoDataUri),
        toc,
        intro,
        production,
        PRODUCTION_HEADING,
        sections,
        goals.summary(),
        goals.text(),
        goals.perspectives(),
        actions.heading(),
        texts.text(report, "Åtgärder"),
        actions.groups(),
        legend(evaluation.settings()));
  }

  /** The summary of judgements and the goals per perspective: two chapters built together. */
  private record GoalsChapter(
      Summary summary, TextSection text, List<PerspectiveView> perspectives) {}

  /** The actions chapter: its heading and a group per perspective (none: no chapter). */
  private record ActionsChapter(String heading, List<ActionGroup> groups) {}

  /** "Inledning", in the table of contents when present. */
  private TextSection introduction(Report report, List<TocEntry> toc) {
    TextSection intro = texts.section(report, "Inledning", "inledning", "Inledning");
    if (intro.present()) {
      toc.add(new TocEntry(intro.anchor(), intro.heading()));
    }
    return intro;
  }

  /** "Produktion" and "Tillgänglighet" under one chapter heading, when either is present. */
  private List<TextSection> production(Report report, List<TocEntry> toc) {
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
    return production;
  }

  /** Avsnitt without a place of their own ("Sammanfattning"): chapters after the production. */
  private List<TextSection> freeSections(Report report, List<TocEntry> toc) {
    List<TextSection> sections = texts.free(new AppendixKind().textPlaces().free(report));
    sections.forEach(s -> toc.add(new TocEntry(s.anchor(), s.heading())));
    return sections;
  }

  /**
   * The summary chapter (counts per perspective) and "Måluppfyllelse i perspektiv" with each
   * perspective and its strategic goals in the table of contents.
   */
  private GoalsChapter goals(ReportEvaluation evaluation, List<String> order, List<TocEntry> toc) {
    Report report = evaluation.report();
    Map<String, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
    Map<String, Integer> notDue = new LinkedHashMap<>();
    List<PerspectiveView> perspectives =
        perspectives(evaluation, report, evaluation.period(), order, counts, notDue);
    Summary summary = SummaryBuilder.build(counts, notDue);
    toc.add(new TocEntry(summary.anchor(), summary.heading()));

    TextSection text = texts.section(report, "Måluppfyllelse", "maluppfyllelse", GOALS_HEADING);
    toc.add(
        new TocEntry(
            text.anchor(),
            text.heading(),
            perspectives.stream().map(AppendixViewModelBuilder::perspectiveEntry).toList()));
    return new GoalsChapter(summary, text, perspectives);
  }

  private static TocEntry perspectiveEntry(PerspectiveView p) {
    return new TocEntry(
        p.anchor(),
        p.name(),
        p.goals().stream()
            .filter(GoalBlock::hasHeading)
            .map(g -> new TocEntry(g.anchor(), GOAL_PREFIX + g.goal()))
            .toList());
  }

  /**
   * "Uppföljning av … strategiska åtgärder": the Åtgärder text's Rubrik, else the unit type's
   * heading; a perspective without measures has its texts by its actions.
   */
  private ActionsChapter actions(
      ReportEvaluation evaluation, List<String> order, List<TocEntry> toc) {
    Report report = evaluation.report();
    List<ActionGroup> groups =
        new ActionRows(report, evaluation.period(), sanitizer)
            .groups(
                order,
                name ->
                    evaluation.measures().stream()
                        .anyMatch(m -> Perspectives.same(m.measure().perspective(), name)));
    String heading =
        report
            .section("Åtgärder")
            .map(Section::heading)
            .filter(h -> !h.isBlank())
            .orElseGet(() -> actionsHeading(report.info()));
    if (!groups.isEmpty()) {
      toc.add(
          new TocEntry(
              AppendixViewModel.ACTIONS_ANCHOR,
              heading,
              groups.stream().map(g -> new TocEntry(g.anchor(), g.perspective())).toList()));
    }
    return new ActionsChapter(heading, groups);
  }

  /**
   * The perspectives with measures, in {@code order}; their judgement counts go into {@code counts}
   * and {@code notDue} for the summary. Footnotes are numbered through the document.
   */
  private List<PerspectiveView> perspectives(
      ReportEvaluation evaluation,
      Report report,
      Period period,
      List<String> order,
      Map<String, Map<Judgement, Integer>> counts,
      Map<String, Integer> notDue) {
    MeasureRows rows = new MeasureRows(report, period, sanitizer);
    List<PerspectiveView> result = new ArrayList<>();
    int footnotes = 0;
    for (String name : order) {
      List<MeasureJudgement> judged =
          evaluation.measures().stream()
              .filter(m -> Perspectives.same(m.measure().perspective(), name))
              .toList();
      if (judged.isEmpty()) {
        continue;
      }
      valueOf(evaluation.countsByPerspective(), name).ifPresent(c -> counts.put(name, c));
      valueOf(evaluation.notDueByPerspective(), name).ifPresent(n -> notDue.put(name, n));
      PerspectiveView view = perspective(report, name, judged, rows, footnotes);
      footnotes += view.footnotes().size();
      result.add(view);
    }
    return result;
  }

  /** The value of the perspective {@code name} in a map keyed by perspective as written. */
  private static <T> Optional<T> valueOf(Map<String, T> byPerspective, String name) {
    return byPerspective.entrySet().stream()
        .filter(e -> Perspectives.same(e.getKey(), name))
        .findFirst()
        .map(Map.Entry::getValue);
  }

  /**
   * One perspective: a table per strategic goal, its footnotes numbered after {@code
   * footnotesBefore}, and its Texter before and after.
   */
  private PerspectiveView perspective(
      Report report,
      String name,
      List<MeasureJudgement> judged,
      MeasureRows rows,
      int footnotesBefore) {
    String display = name.isBlank() ? "Övrigt" : name;
    Map<String, List<MeasureJudgement>> byGoal = byGoal(judged);
    List<MeasureRow> measureRows = new ArrayList<>();
    List<GoalBlock> blocks = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    int footnoteNo = footnotesBefore;
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
    return new PerspectiveView(
        Perspectives.anchor("perspektiv", display),
        display,
        texts.text(report, "Perspektiv: " + name),
        byGoal.keySet().stream().filter(g -> !g.isEmpty()).toList(),
        blocks,
        measureRows,
        footnotes,
        texts.text(report, "Efter perspektiv: " + name));
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

package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import se.tertial.kind.appendix.AppendixViewModel.Footnote;
import se.tertial.kind.appendix.AppendixViewModel.FootnoteRef;
import se.tertial.kind.appendix.AppendixViewModel.Legend;
import se.tertial.kind.appendix.AppendixViewModel.MeasureRow;
import se.tertial.kind.appendix.AppendixViewModel.PerspectiveView;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;
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
  static final String ACTIONS_HEADING = "Uppföljning av divisionens strategiska åtgärder";
  static final String LEGEND_HEADING = "Teckenförklaring";
  private static final Pattern NUMERIC = Pattern.compile("\\d{1,3}");

  private final TextSanitizer sanitizer = new TextSanitizer();
  private final Texts texts = new Texts(sanitizer);

  /**
   * The view model for {@code evaluation}'s period.
   *
   * @param logoDataUri the logo as a data: URI, or empty for none
   */
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
              "produktion-tillganglighet",
              PRODUCTION_HEADING,
              production.stream().map(s -> new TocEntry(s.anchor(), s.heading())).toList()));
    }

    Map<String, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
    List<PerspectiveView> perspectives = perspectives(evaluation, report, period, order, counts);
    var summary = SummaryBuilder.build(counts);
    toc.add(new TocEntry(summary.anchor(), summary.heading()));

    TextSection goals = texts.section(report, "Måluppfyllelse", "maluppfyllelse", GOALS_HEADING);
    toc.add(
        new TocEntry(
            goals.anchor(),
            goals.heading(),
            perspectives.stream().map(p -> new TocEntry(p.anchor(), p.name())).toList()));

    var actionGroups = new ActionRows(report, period, sanitizer).groups(order);
    String actionsHeading =
        report.section("Åtgärder").map(Section::heading).filter(h -> !h.isBlank()).orElse(null);
    actionsHeading = actionsHeading == null ? ACTIONS_HEADING : actionsHeading;
    if (!actionGroups.isEmpty()) {
      toc.add(
          new TocEntry(
              "atgarder",
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
        summary,
        goals,
        perspectives,
        actionsHeading,
        actionGroups,
        legend());
  }

  private List<PerspectiveView> perspectives(
      ReportEvaluation evaluation,
      Report report,
      Period period,
      List<String> order,
      Map<String, Map<Judgement, Integer>> counts) {
    MeasureRows rows = new MeasureRows(report, period, sanitizer);
    Map<String, Map<Judgement, Integer>> byPerspective = evaluation.countsByPerspective();
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
      Set<String> goals = new LinkedHashSet<>();
      List<MeasureRow> measureRows = new ArrayList<>();
      List<Footnote> footnotes = new ArrayList<>();
      for (MeasureJudgement m : judged) {
        Measure measure = m.measure();
        if (!measure.strategicGoal().isBlank()) {
          goals.add(measure.strategicGoal().strip());
        }
        FootnoteRef ref = FootnoteRef.NONE;
        String note = measure.footnote().strip();
        if (!note.isEmpty()) {
          footnoteNo++;
          // A bare number is a marker whose text the input does not have: keep the number.
          boolean bare = NUMERIC.matcher(note).matches();
          String marker = bare ? note : Integer.toString(footnoteNo);
          String anchor = Perspectives.anchor("fotnot", measure.id());
          ref = new FootnoteRef(marker, anchor);
          footnotes.add(
              new Footnote(marker, anchor, bare ? "Fotnotens text saknas i underlaget." : note));
        }
        measureRows.add(rows.row(m, ref));
      }
      String display = name.isBlank() ? "Övrigt" : name;
      result.add(
          new PerspectiveView(
              Perspectives.anchor("perspektiv", display),
              display,
              texts.text(report, "Perspektiv: " + name),
              List.copyOf(goals),
              measureRows,
              footnotes,
              texts.text(report, "Efter perspektiv: " + name)));
    }
    return result;
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

  private static Legend legend() {
    List<Symbol> judgements = new ArrayList<>();
    for (Judgement j : Judgement.values()) {
      judgements.add(Symbol.of(j));
    }
    List<Symbol> trends = new ArrayList<>();
    for (Trend t : Trend.values()) {
      trends.add(Symbol.of(t));
    }
    List<Symbol> statuses = new ArrayList<>();
    for (var s : se.tertial.model.ActionState.values()) {
      statuses.add(Symbol.of(s));
    }
    return new Legend("teckenforklaring", judgements, trends, statuses);
  }
}

package se.tertial.overview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Judgement;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Sex;
import se.tertial.overview.OverviewViewModel.ActionRow;
import se.tertial.overview.OverviewViewModel.Cell;
import se.tertial.overview.OverviewViewModel.Count;
import se.tertial.overview.OverviewViewModel.LeftOut;
import se.tertial.overview.OverviewViewModel.MeasureLine;
import se.tertial.overview.OverviewViewModel.UnitRow;
import se.tertial.rules.Deadline;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.SexJudgement;
import se.tertial.rules.TargetRule;
import se.tertial.rules.Threshold;
import se.tertial.rules.Trend;
import se.tertial.view.DisplayFormat;
import se.tertial.view.DocumentMeta;
import se.tertial.view.Symbol;
import se.tertial.view.TocEntry;

/**
 * The units' judged reports for one period → the overview's view model. Pure: the same units give
 * the same overview, and every count is a sum of the units' own judgements (what {@code evaluate}
 * reports for each of them).
 */
public final class OverviewBuilder {

  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.overview.messages");

  /** How many measures each list shows at most. */
  static final int LIST_LENGTH = 15;

  /** A gap between women and men this large, relative to the larger value, is listed. */
  static final BigDecimal SEX_GAP_SHARE = new BigDecimal("0.10");

  private static final List<Judgement> ORDER =
      List.of(Judgement.MET, Judgement.PARTLY_MET, Judgement.NOT_MET, Judgement.NOT_ASSESSED);

  private OverviewBuilder() {}

  /**
   * The overview of {@code units} for {@code period}.
   *
   * @param organisation the organisation the units belong to (the title page's first line)
   */
  public static OverviewViewModel build(
      List<UnitResult> units, Period period, String organisation) {
    List<UnitResult> judged = units.stream().filter(u -> u.evaluation().isPresent()).toList();
    List<String> perspectives = perspectives(judged);
    List<UnitRow> rows = new ArrayList<>();
    for (UnitResult unit : judged) {
      rows.add(row(unit.name(), unit.appendix(), perspectives, List.of(unit)));
    }
    UnitRow total = row(TEXT.get("overview.total"), "", perspectives, judged);
    List<MeasureLine> gaps = new ArrayList<>();
    List<MeasureLine> worsened = new ArrayList<>();
    List<MeasureLine> sexGaps = new ArrayList<>();
    List<Ranked> gapRanks = new ArrayList<>();
    List<Ranked> worseRanks = new ArrayList<>();
    List<Ranked> sexRanks = new ArrayList<>();
    for (UnitResult unit : judged) {
      for (MeasureJudgement m : unit.evaluation().orElseThrow().measures()) {
        gap(unit.name(), m).ifPresent(gapRanks::add);
        worsening(unit.name(), m).ifPresent(worseRanks::add);
        sexGap(unit.name(), m).ifPresent(sexRanks::add);
      }
    }
    top(gapRanks).forEach(r -> gaps.add(r.line()));
    top(worseRanks).forEach(r -> worsened.add(r.line()));
    top(sexRanks).forEach(r -> sexGaps.add(r.line()));
    List<ActionRow> actions = new ArrayList<>();
    for (UnitResult unit : judged) {
      ReportEvaluation e = unit.evaluation().orElseThrow();
      if (!e.report().actions().isEmpty()) {
        actions.add(actions(unit.name(), e));
      }
    }
    List<LeftOut> leftOut =
        units.stream()
            .filter(u -> u.evaluation().isEmpty())
            .map(u -> new LeftOut(u.name(), u.input(), u.problems()))
            .toList();
    String title = TEXT.get("overview.title", period.perLabel());
    DocumentMeta meta =
        new DocumentMeta(
            title,
            TEXT.get("overview.description", title, organisation, judged.size()),
            organisation.isBlank() ? "tertial" : organisation,
            organisation,
            TEXT.get("overview.unitCount", judged.size()),
            period.label(),
            period.perLabel(),
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            true,
            false);
    return new OverviewViewModel(
        meta,
        toc(actions.isEmpty(), leftOut.isEmpty()),
        perspectives,
        rows,
        total,
        gaps,
        worsened,
        sexGaps,
        TEXT.get("overview.sexGapThreshold", SEX_GAP_SHARE.movePointRight(2).intValue()),
        actions,
        leftOut,
        ORDER.stream().map(Symbol::of).toList());
  }

  private static List<TocEntry> toc(boolean noActions, boolean noneLeftOut) {
    List<TocEntry> toc = new ArrayList<>();
    for (String section : List.of("matrix", "gaps", "worsened", "sexGaps", "actions", "leftOut")) {
      if ((section.equals("actions") && noActions) || (section.equals("leftOut") && noneLeftOut)) {
        continue;
      }
      toc.add(new TocEntry(section, TEXT.get("overview.heading." + section)));
    }
    return toc;
  }

  private static List<String> perspectives(List<UnitResult> judged) {
    Set<String> names = new LinkedHashSet<>();
    for (UnitResult unit : judged) {
      names.addAll(unit.evaluation().orElseThrow().countsByPerspective().keySet());
    }
    return List.copyOf(names);
  }

  private static UnitRow row(
      String name, String link, List<String> perspectives, List<UnitResult> units) {
    List<Cell> cells = new ArrayList<>();
    Map<Judgement, Integer> all = zero();
    for (String perspective : perspectives) {
      Map<Judgement, Integer> counts = zero();
      boolean any = false;
      for (UnitResult unit : units) {
        Map<Judgement, Integer> own =
            unit.evaluation().orElseThrow().countsByPerspective().get(perspective);
        if (own != null) {
          any = true;
          own.forEach((j, n) -> counts.merge(j, n, Integer::sum));
          own.forEach((j, n) -> all.merge(j, n, Integer::sum));
        }
      }
      cells.add(cell(counts, !any));
    }
    cells.add(cell(all, false));
    return new UnitRow(name, link, cells);
  }

  private static Map<Judgement, Integer> zero() {
    Map<Judgement, Integer> counts = new EnumMap<>(Judgement.class);
    ORDER.forEach(j -> counts.put(j, 0));
    return counts;
  }

  private static Cell cell(Map<Judgement, Integer> counts, boolean empty) {
    List<Count> list = ORDER.stream().map(j -> new Count(Symbol.of(j), counts.get(j))).toList();
    String words =
        String.join(
            ", ",
            ORDER.stream()
                .map(j -> counts.get(j) + " " + j.label().toLowerCase(Messages.SWEDISH))
                .toList());
    return new Cell(list, empty ? TEXT.get("overview.noMeasures") : words, empty);
  }

  /** A line with the figure it is ranked by (larger first). */
  private record Ranked(MeasureLine line, BigDecimal weight) {}

  private static List<Ranked> top(List<Ranked> ranked) {
    return ranked.stream()
        .sorted(Comparator.comparing(Ranked::weight).reversed())
        .limit(LIST_LENGTH)
        .toList();
  }

  /** A measure not met against a numeric level: how far from it, relative to the level. */
  private static Optional<Ranked> gap(String unit, MeasureJudgement m) {
    if (m.judgement() != Judgement.NOT_MET || !(level(m.rule()) instanceof Threshold t)) {
      return Optional.empty();
    }
    SexJudgement total = m.bySex().get(Sex.TOTAL);
    BigDecimal value = total == null ? null : total.value();
    if (value == null || t.value().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal share =
        value.subtract(t.value()).abs().divide(t.value().abs(), MathContext.DECIMAL64);
    String detail =
        TEXT.get(
            "overview.gapDetail",
            DisplayFormat.number(value, m.measure().unit()),
            t.text(),
            DisplayFormat.number(share.movePointRight(2).setScale(0, RoundingMode.HALF_UP)));
    return Optional.of(new Ranked(line(unit, m, detail, Symbol.of(m.judgement())), share));
  }

  private static TargetRule level(TargetRule rule) {
    return rule instanceof Deadline d ? d.threshold() : rule;
  }

  /** A measure that got worse: the change against the compared value, relative to it. */
  private static Optional<Ranked> worsening(String unit, MeasureJudgement m) {
    if (m.trend() != Trend.WORSENED) {
      return Optional.empty();
    }
    SexJudgement total = m.bySex().getOrDefault(Sex.TOTAL, m.bySex().get(Sex.WOMEN));
    BigDecimal weight = BigDecimal.ZERO;
    String detail = TEXT.get("overview.worseUnknown");
    if (total != null && total.value() != null && total.comparison() != null) {
      detail =
          TEXT.get(
              "overview.worseDetail",
              DisplayFormat.number(total.comparison(), m.measure().unit()),
              DisplayFormat.number(total.value(), m.measure().unit()));
      if (total.comparison().signum() != 0) {
        weight =
            total
                .value()
                .subtract(total.comparison())
                .abs()
                .divide(total.comparison().abs(), MathContext.DECIMAL64);
      }
    }
    return Optional.of(new Ranked(line(unit, m, detail, Symbol.of(m.trend())), weight));
  }

  /** A measure judged per sex whose K and M values differ by the threshold or more. */
  private static Optional<Ranked> sexGap(String unit, MeasureJudgement m) {
    SexJudgement women = m.bySex().get(Sex.WOMEN);
    SexJudgement men = m.bySex().get(Sex.MEN);
    if (women == null || men == null || women.value() == null || men.value() == null) {
      return Optional.empty();
    }
    BigDecimal larger = women.value().abs().max(men.value().abs());
    if (larger.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal share =
        women.value().subtract(men.value()).abs().divide(larger, MathContext.DECIMAL64);
    if (share.compareTo(SEX_GAP_SHARE) < 0) {
      return Optional.empty();
    }
    String detail =
        TEXT.get(
            "overview.sexDetail",
            DisplayFormat.number(women.value(), m.measure().unit()),
            DisplayFormat.number(men.value(), m.measure().unit()));
    return Optional.of(new Ranked(line(unit, m, detail, Symbol.of(m.judgement())), share));
  }

  private static MeasureLine line(String unit, MeasureJudgement m, String detail, Symbol symbol) {
    return new MeasureLine(unit, m.measure().name(), m.measure().perspective(), detail, symbol);
  }

  private static ActionRow actions(String unit, ReportEvaluation e) {
    Map<ActionState, Integer> counts = new EnumMap<>(ActionState.class);
    for (ActionState s : ActionState.values()) {
      counts.put(s, 0);
    }
    int missing = 0;
    List<String> late = new ArrayList<>();
    for (Action action : e.report().actions()) {
      var status = e.report().status(action.nr(), e.period()).map(ActionStatus::state);
      if (status.isEmpty()) {
        missing++;
        continue;
      }
      counts.merge(status.get(), 1, Integer::sum);
      if (status.get() == ActionState.DEVIATING || status.get() == ActionState.NOT_STARTED) {
        late.add(
            TEXT.get("overview.lateAction", action.nr(), action.title(), status.get().label()));
      }
    }
    List<Count> list = new ArrayList<>();
    for (ActionState s : ActionState.values()) {
      list.add(new Count(Symbol.of(s), counts.get(s)));
    }
    list.add(new Count(Symbol.missingStatus(), missing));
    return new ActionRow(unit, list, late);
  }
}

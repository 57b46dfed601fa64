package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.tertial.kind.appendix.AppendixSummaryParts.ChartBar;
import se.tertial.kind.appendix.AppendixSummaryParts.ChartSegment;
import se.tertial.kind.appendix.AppendixSummaryParts.Summary;
import se.tertial.kind.appendix.AppendixSummaryParts.SummaryRow;
import se.tertial.kind.appendix.AppendixSummaryParts.SymbolCount;
import se.tertial.model.Judgement;
import se.tertial.model.Messages;
import se.tertial.view.Symbol;

/** Builds "Sammanfattande bild av måluppfyllelse": counts per perspective, a table and a chart. */
final class SummaryBuilder {

  static final String HEADING = "Sammanfattande bild av måluppfyllelse";
  static final String ANCHOR = "sammanfattning";

  /** Width of a bar's track, in CSS px (the longest bar fills it). */
  static final int CHART_WIDTH = 300;

  private static final List<Judgement> ORDER =
      List.of(Judgement.MET, Judgement.PARTLY_MET, Judgement.NOT_MET, Judgement.NOT_ASSESSED);

  private SummaryBuilder() {}

  /** A summary without measures that are not due. */
  static Summary build(Map<String, Map<Judgement, Integer>> counts) {
    return build(counts, Map.of());
  }

  /**
   * @param counts judgement counts per perspective name, perspectives in display order (measures
   *     due in the period only)
   * @param notDue per perspective name, the measures not followed up in the period: a column of
   *     their own (only when there are any) and in the total, never among "Ej bedömd"
   */
  static Summary build(Map<String, Map<Judgement, Integer>> counts, Map<String, Integer> notDue) {
    boolean anyNotDue = notDue.values().stream().anyMatch(n -> n > 0);
    int notDueTotal = 0;
    List<SummaryRow> rows = new ArrayList<>();
    List<ChartBar> bars = new ArrayList<>();
    int[] totals = new int[ORDER.size()];
    int max = 1;
    for (Map<Judgement, Integer> byJudgement : counts.values()) {
      max = Math.max(max, byJudgement.values().stream().mapToInt(Integer::intValue).sum());
    }
    List<String> altParts = new ArrayList<>();
    for (var entry : counts.entrySet()) {
      String perspective = entry.getKey();
      List<String> cells = new ArrayList<>();
      List<SymbolCount> symbolCounts = new ArrayList<>();
      int[] ns = new int[ORDER.size()];
      int sum = 0;
      for (int i = 0; i < ORDER.size(); i++) {
        Judgement judgement = ORDER.get(i);
        int n = entry.getValue().getOrDefault(judgement, 0);
        ns[i] = n;
        totals[i] += n;
        sum += n;
        cells.add(Integer.toString(n));
        symbolCounts.add(new SymbolCount(Symbol.of(judgement), Integer.toString(n)));
      }
      if (anyNotDue) {
        int n = notDue.getOrDefault(perspective, 0);
        notDueTotal += n;
        sum += n;
        cells.add(Integer.toString(n));
        symbolCounts.add(new SymbolCount(Symbol.notDue(), Integer.toString(n)));
      }
      String description =
          describe(entry.getValue(), anyNotDue ? notDue.getOrDefault(perspective, 0) : -1);
      String alt = perspective + ": " + description;
      altParts.add(alt);
      rows.add(new SummaryRow(perspective, cells, Integer.toString(sum)));
      bars.add(
          new ChartBar(
              perspective, alt, description, segments(ns, max, CHART_WIDTH), symbolCounts));
    }
    List<String> totalCells = new ArrayList<>();
    int all = 0;
    for (int n : totals) {
      totalCells.add(Integer.toString(n));
      all += n;
    }
    if (anyNotDue) {
      totalCells.add(Integer.toString(notDueTotal));
      all += notDueTotal;
    }
    List<Symbol> columns = new ArrayList<>(ORDER.stream().map(Symbol::of).toList());
    if (anyNotDue) {
      columns.add(Symbol.notDue());
    }
    String chartAlt =
        "Stapeldiagram över måluppfyllelse per perspektiv. " + String.join(". ", altParts) + ".";
    return new Summary(
        ANCHOR,
        HEADING,
        columns,
        rows,
        new SummaryRow("Totalt", totalCells, Integer.toString(all)),
        chartAlt,
        bars,
        CHART_WIDTH);
  }

  /**
   * The coloured segments of one bar, judgements in {@link #ORDER}. Edges are rounded down from the
   * running sum ({@code sum * width / max}), not each width on its own, so the segments of the
   * longest bar fill the track exactly and no bar loses a pixel per segment. A count of zero (or
   * one too small for a whole pixel) gives no segment; the counts beside the bar still state it.
   *
   * @param counts the counts per judgement, in {@link #ORDER}
   * @param max the largest bar's total (at least 1)
   * @param width the track's width in CSS px
   */
  static List<ChartSegment> segments(int[] counts, int max, int width) {
    List<ChartSegment> segments = new ArrayList<>();
    long before = 0;
    int x = 0;
    for (int i = 0; i < counts.length; i++) {
      before += counts[i];
      int end = (int) (before * width / max);
      if (end > x) {
        segments.add(new ChartSegment(x, end - x, Symbol.of(ORDER.get(i)).cssClass()));
        x = end;
      }
    }
    return segments;
  }

  /** "2 uppfyllt, 1 delvis uppfyllt, 0 ej uppfyllt, 1 ej bedömd" — every count, also zeros. */
  static String describe(Map<Judgement, Integer> counts) {
    return describe(counts, -1);
  }

  /** As {@link #describe(Map)}, then ", 2 ej aktuella denna period" unless {@code notDue} < 0. */
  static String describe(Map<Judgement, Integer> counts, int notDue) {
    List<String> parts = new ArrayList<>();
    for (Judgement judgement : ORDER) {
      parts.add(
          counts.getOrDefault(judgement, 0)
              + " "
              + judgement.label().toLowerCase(Messages.SWEDISH));
    }
    if (notDue >= 0) {
      parts.add(notDue + " " + Symbol.notDue().label().toLowerCase(Messages.SWEDISH));
    }
    return String.join(", ", parts);
  }
}

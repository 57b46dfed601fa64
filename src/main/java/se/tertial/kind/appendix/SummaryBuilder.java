package se.tertial.kind.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.tertial.kind.appendix.AppendixViewModel.ChartBar;
import se.tertial.kind.appendix.AppendixViewModel.ChartSegment;
import se.tertial.kind.appendix.AppendixViewModel.Summary;
import se.tertial.kind.appendix.AppendixViewModel.SummaryRow;
import se.tertial.kind.appendix.AppendixViewModel.SymbolCount;
import se.tertial.model.Judgement;
import se.tertial.view.Symbol;

/** Builds "Sammanfattande bild av måluppfyllelse": counts per perspective, a table and a chart. */
final class SummaryBuilder {

  static final String HEADING = "Sammanfattande bild av måluppfyllelse";
  static final String ANCHOR = "sammanfattning";

  /** Width of a bar's drawing area, in SVG user units (CSS px). */
  static final int CHART_WIDTH = 300;

  private static final List<Judgement> ORDER =
      List.of(Judgement.MET, Judgement.PARTLY_MET, Judgement.NOT_MET, Judgement.NOT_ASSESSED);

  private SummaryBuilder() {}

  /**
   * @param counts judgement counts per perspective name, perspectives in display order
   */
  static Summary build(Map<String, Map<Judgement, Integer>> counts) {
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
      List<ChartSegment> segments = new ArrayList<>();
      List<SymbolCount> symbolCounts = new ArrayList<>();
      int sum = 0;
      int x = 0;
      for (int i = 0; i < ORDER.size(); i++) {
        Judgement judgement = ORDER.get(i);
        int n = entry.getValue().getOrDefault(judgement, 0);
        totals[i] += n;
        sum += n;
        cells.add(Integer.toString(n));
        Symbol symbol = Symbol.of(judgement);
        symbolCounts.add(new SymbolCount(symbol, Integer.toString(n)));
        int width = n * CHART_WIDTH / max;
        if (width > 0) {
          segments.add(new ChartSegment(x, width, symbol.cssClass()));
          x += width;
        }
      }
      String alt = perspective + ": " + describe(entry.getValue());
      altParts.add(alt);
      rows.add(new SummaryRow(perspective, cells, Integer.toString(sum)));
      bars.add(new ChartBar(perspective, alt, segments, symbolCounts));
    }
    List<String> totalCells = new ArrayList<>();
    int all = 0;
    for (int n : totals) {
      totalCells.add(Integer.toString(n));
      all += n;
    }
    String chartAlt =
        "Stapeldiagram över måluppfyllelse per perspektiv. " + String.join(". ", altParts) + ".";
    return new Summary(
        ANCHOR,
        HEADING,
        ORDER.stream().map(Symbol::of).toList(),
        rows,
        new SummaryRow("Totalt", totalCells, Integer.toString(all)),
        chartAlt,
        bars,
        CHART_WIDTH);
  }

  /** "2 uppfyllt, 1 delvis uppfyllt, 0 ej uppfyllt, 1 ej bedömd" — every count, also zeros. */
  static String describe(Map<Judgement, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Judgement judgement : ORDER) {
      parts.add(
          counts.getOrDefault(judgement, 0)
              + " "
              + judgement.label().toLowerCase(se.tertial.model.Messages.SWEDISH));
    }
    return String.join(", ", parts);
  }
}

package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.KindViewModel;
import se.tertial.view.Symbol;

/**
 * The records of the appendix's "Sammanfattande bild av måluppfyllelse": the table of counts per
 * perspective and judgement, and the chart drawn from it. {@link AppendixViewModel} alone
 * implements it, so the records are the view model's own ({@code AppendixViewModel.Summary}…) and
 * templates see them as they see every record nested in a view model.
 */
public sealed interface AppendixSummaryParts extends KindViewModel permits AppendixViewModel {

  /**
   * The summary of goal attainment.
   *
   * @param anchor element id
   * @param heading heading text
   * @param columns the judgements, one column each
   * @param rows one row per perspective
   * @param total the sum over all perspectives
   * @param chartAlt the chart's text alternative, stating every count
   * @param bars one bar per perspective
   * @param chartWidth width of each bar's track in CSS px
   */
  public record Summary(
      String anchor,
      String heading,
      List<Symbol> columns,
      List<SummaryRow> rows,
      SummaryRow total,
      String chartAlt,
      List<ChartBar> bars,
      int chartWidth) {
    public Summary {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      bars = List.copyOf(bars);
    }
  }

  /**
   * A row of the summary table.
   *
   * @param perspective the perspective (or "Totalt")
   * @param counts the counts per judgement, in the order of {@link Summary#columns()}
   * @param total the number of measures
   */
  public record SummaryRow(String perspective, List<String> counts, String total) {
    public SummaryRow {
      counts = List.copyOf(counts);
    }
  }

  /**
   * One stacked bar of the chart.
   *
   * @param perspective label
   * @param alt text alternative of this bar: the perspective and every count in words
   * @param description every count in words without the perspective, the expanded form of the
   *     symbols and counts printed next to the bar
   * @param segments coloured segments, left to right
   * @param counts the counts with their symbols, printed next to the bar
   */
  public record ChartBar(
      String perspective,
      String alt,
      String description,
      List<ChartSegment> segments,
      List<SymbolCount> counts) {
    public ChartBar {
      segments = List.copyOf(segments);
      counts = List.copyOf(counts);
    }
  }

  /**
   * A segment of a bar, in CSS px from the track's left edge (the segments are contiguous, so the
   * built-in template needs only the widths; {@code x} serves templates that draw SVG).
   *
   * @param x left edge
   * @param width width
   * @param cssClass the symbol class giving its fill (templates/common/symbols.css)
   */
  public record ChartSegment(int x, int width, String cssClass) {}

  /**
   * A symbol with a count, e.g. "● 2".
   *
   * @param symbol the judgement's symbol
   * @param count the count as printed
   */
  public record SymbolCount(Symbol symbol, String count) {}
}

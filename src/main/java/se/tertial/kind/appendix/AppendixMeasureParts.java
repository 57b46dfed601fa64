package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;
import se.tertial.view.Symbol;

/**
 * The records of the appendix's perspectives: each perspective's goal blocks and measure rows, with
 * their outcomes, judgements, trends, history and footnotes. {@link AppendixViewModel} alone
 * implements it, so the records are the view model's own ({@code
 * AppendixViewModel.PerspectiveView}…) and templates see them as they see every record nested in a
 * view model.
 */
public sealed interface AppendixMeasureParts extends KindViewModel permits AppendixViewModel {

  /**
   * A perspective of the scorecard with its measures.
   *
   * @param anchor element id
   * @param name e.g. "Medborgare"
   * @param description the "Perspektiv: …" text
   * @param strategicGoals distinct strategic goals of its measures
   * @param goals one block (heading and table) per strategic goal
   * @param measures table rows, in the order of the goal blocks
   * @param footnotes footnotes referenced from the rows
   * @param after the "Efter perspektiv: …" text
   */
  public record PerspectiveView(
      String anchor,
      String name,
      SafeHtml description,
      List<String> strategicGoals,
      List<GoalBlock> goals,
      List<MeasureRow> measures,
      List<Footnote> footnotes,
      SafeHtml after) {
    public PerspectiveView {
      strategicGoals = List.copyOf(strategicGoals);
      goals = List.copyOf(goals);
      measures = List.copyOf(measures);
      footnotes = List.copyOf(footnotes);
    }
  }

  /**
   * One strategic goal of a perspective: its heading and its own table.
   *
   * @param anchor element id of the heading
   * @param goal strategiskt mål, or empty for measures without one (no heading)
   * @param measures its rows, those of one framgångsfaktor together
   */
  public record GoalBlock(String anchor, String goal, List<MeasureRow> measures) {
    public GoalBlock {
      measures = List.copyOf(measures);
    }

    /** Whether the block has a heading (its measures name a goal). */
    public boolean hasHeading() {
      return !goal.isEmpty();
    }
  }

  /**
   * One styrmått in its perspective's table, and its commentary.
   *
   * @param id the measure's ID
   * @param anchor element id of its commentary heading
   * @param successFactor framgångsfaktor
   * @param name styrmått
   * @param target mål as written
   * @param followUp uppföljningsperiod
   * @param outcomes outcome blocks: the values the trend compared with, labelled with their period
   *     (or a line saying they are missing), then the current period's; one block for a measure
   *     without numbers, and for one not due in the period ("Följs upp i augusti och vid
   *     årsbokslut")
   * @param judgements måluppfyllelse, one line per sex when judged per sex
   * @param reference the reference value the judgement was decided with ("Riket 78 %"), printed
   *     beside it; empty when the target is not against a reference
   * @param trends utveckling, one line per sex when judged per sex
   * @param footnote the footnote marker, or null-free empty marker
   * @param comment kommentar, sanitised
   */
  public record MeasureRow(
      String id,
      String anchor,
      String successFactor,
      String name,
      String target,
      String followUp,
      List<OutcomeBlock> outcomes,
      List<SymbolLine> judgements,
      String reference,
      List<SymbolLine> trends,
      FootnoteRef footnote,
      SafeHtml comment,
      History history) {
    public MeasureRow {
      outcomes = List.copyOf(outcomes);
      judgements = List.copyOf(judgements);
      trends = List.copyOf(trends);
    }

    /** The current period's outcome on one line: "K: 41 % M: 41 %". */
    public String outcomeText() {
      return outcomes.get(outcomes.size() - 1).text();
    }
  }

  /**
   * The outcome of one period as printed.
   *
   * @param period label of the period when several are shown ("T2 2024"), else empty
   * @param lines one line per sex ("K: 41 %", "M: 41 %") or one line
   * @param text the lines on one line, separated by two spaces
   */
  public record OutcomeBlock(String period, List<String> lines, String text) {
    public OutcomeBlock {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Utfallshistorik: the outcomes of the last periods as bars, with their values in words.
   *
   * @param present false when fewer than three periods have a value (nothing is drawn)
   * @param points the periods, oldest first
   * @param span e.g. "T1 2021–T1 2022"
   * @param description every value in words, the bars' text alternative
   */
  public record History(
      boolean present, List<HistoryPoint> points, String span, String description) {
    static final History NONE = new History(false, List.of(), "", "");

    public History {
      points = List.copyOf(points);
    }
  }

  /**
   * One period of a history.
   *
   * @param period e.g. "T1 2021"
   * @param bars one bar, or K and M
   */
  public record HistoryPoint(String period, List<HistoryBar> bars) {
    public HistoryPoint {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One bar.
   *
   * @param prefix "K", "M" or empty
   * @param height in CSS pixels, 1 to 20
   * @param value the value as printed, e.g. "41 %"
   * @param cssClass women, men or total
   */
  public record HistoryBar(String prefix, int height, String value, String cssClass) {}

  /**
   * A symbol with an optional prefix ("K", "M").
   *
   * @param prefix the sex's abbreviation, or empty
   * @param symbol the symbol
   */
  public record SymbolLine(String prefix, Symbol symbol) {}

  /**
   * A footnote marker in a table row.
   *
   * @param marker the printed marker ("1"), empty for none
   * @param anchor the footnote's element id
   */
  public record FootnoteRef(String marker, String anchor) {
    static final FootnoteRef NONE = new FootnoteRef("", "");

    public boolean present() {
      return !marker.isEmpty();
    }
  }

  /**
   * A footnote under a perspective's table.
   *
   * @param marker printed marker
   * @param anchor element id
   * @param text the footnote text
   */
  public record Footnote(String marker, String anchor, String text) {}
}

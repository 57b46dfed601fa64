package se.tertial.overview;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.Symbol;
import se.tertial.view.TocEntry;

/**
 * What {@code oversikt.ftl} shows: a matrix of units × perspectives, the measures furthest from
 * their targets, the largest worsenings, the largest gaps between women and men, the actions'
 * status per unit and the units left out with their reasons.
 *
 * @param meta the document's metadata
 * @param toc the table of contents
 * @param perspectives the matrix's columns, in order of first appearance
 * @param units one matrix row per unit that could be judged
 * @param total the matrix's last row: every unit together
 * @param gaps measures not met, furthest from their target first
 * @param worsened measures that got worse, largest change first
 * @param sexGaps measures whose women's and men's values differ by at least the threshold
 * @param sexGapThreshold the threshold as text, e.g. "10 procent"
 * @param actions the actions' status per unit
 * @param leftOut units kept out by errors in their data
 * @param judgements the judgement symbols, for the legend
 */
public record OverviewViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    List<String> perspectives,
    List<UnitRow> units,
    UnitRow total,
    List<MeasureLine> gaps,
    List<MeasureLine> worsened,
    List<MeasureLine> sexGaps,
    String sexGapThreshold,
    List<ActionRow> actions,
    List<LeftOut> leftOut,
    List<Symbol> judgements)
    implements KindViewModel {

  @Override
  public KindViewModel withMeta(DocumentMeta other) {
    return new OverviewViewModel(
        other,
        toc,
        perspectives,
        units,
        total,
        gaps,
        worsened,
        sexGaps,
        sexGapThreshold,
        actions,
        leftOut,
        judgements);
  }

  /**
   * A row of the matrix.
   *
   * @param name the unit
   * @param link the unit's appendix file, or empty
   * @param cells one per perspective, then the unit's total
   */
  public record UnitRow(String name, String link, List<Cell> cells) {}

  /**
   * The judgements of one unit in one perspective.
   *
   * @param counts how many measures have each judgement, in the legend's order
   * @param description the same in words, e.g. "2 uppfyllt, 1 ej uppfyllt"
   * @param empty no measure of the unit belongs to the perspective
   */
  public record Cell(List<Count> counts, String description, boolean empty) {}

  /** A judgement's symbol and how many measures have it. */
  public record Count(Symbol symbol, int count) {}

  /**
   * A measure in one of the lists.
   *
   * @param unit the unit
   * @param measure the measure's name
   * @param perspective its perspective
   * @param detail the figures behind its place in the list, e.g. "52 % mot målet minst 70 %"
   * @param symbol the judgement or trend
   */
  public record MeasureLine(
      String unit, String measure, String perspective, String detail, Symbol symbol) {}

  /**
   * The actions of one unit by status.
   *
   * @param unit the unit
   * @param counts per status, in the legend's order (missing status last)
   * @param late the actions deviating or not started, by number and title
   */
  public record ActionRow(String unit, List<Count> counts, List<String> late) {}

  /**
   * A unit kept out.
   *
   * @param unit the unit or input
   * @param input the input as the manifest names it
   * @param problems its errors
   */
  public record LeftOut(String unit, String input, List<String> problems) {}
}

package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.LabelledText;
import se.tertial.view.SafeHtml;
import se.tertial.view.Symbol;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * Everything the appendix template shows, as plain display data: formatted strings, symbols,
 * anchors and sanitised text. Templates only lay it out; there is no arithmetic or judging in FTL.
 *
 * @param meta document metadata for the title page, the page header and the PDF info
 * @param toc table of contents entries (also the PDF bookmarks), in document order
 * @param intro the "Inledning" section, or absent ({@link TextSection#present()} false)
 * @param production the "Produktion" and "Tillgänglighet" sections, those present
 * @param productionHeading the heading above them
 * @param sections sections of their own (Avsnitt without a place, e.g. "Sammanfattning"), in input
 *     order, each a chapter after the introduction and production
 * @param summary the "Sammanfattande bild av måluppfyllelse" table and chart
 * @param goals the "Måluppfyllelse i perspektiv" heading and introduction
 * @param perspectives one per perspective with measures, in the scorecard's order
 * @param actionsHeading the heading of the actions section
 * @param actionsText the text under it (the Texter row "Åtgärder"), empty when none
 * @param actionGroups actions grouped by perspective, in the scorecard's order
 * @param legend the symbols explained in "Teckenförklaring"
 */
public record AppendixViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    TextSection intro,
    List<TextSection> production,
    String productionHeading,
    List<TextSection> sections,
    Summary summary,
    TextSection goals,
    List<PerspectiveView> perspectives,
    String actionsHeading,
    SafeHtml actionsText,
    List<ActionGroup> actionGroups,
    Legend legend)
    implements KindViewModel {

  /** The anchor of the chapter "Produktion och tillgänglighet", for the template and the TOC. */
  public static final String PRODUCTION_ANCHOR = "produktion-tillganglighet";

  /** The anchor of the actions chapter (its perspectives' anchors start with it too). */
  public static final String ACTIONS_ANCHOR = "atgarder";

  /** {@link #PRODUCTION_ANCHOR}, for the template. */
  public String productionAnchor() {
    return PRODUCTION_ANCHOR;
  }

  /** {@link #ACTIONS_ANCHOR}, for the template. */
  public String actionsAnchor() {
    return ACTIONS_ANCHOR;
  }

  public AppendixViewModel {
    toc = List.copyOf(toc);
    production = List.copyOf(production);
    sections = List.copyOf(sections);
    perspectives = List.copyOf(perspectives);
    actionGroups = List.copyOf(actionGroups);
  }

  /** The same document laid out for another medium (PDF or HTML) or orientation. */
  @Override
  public AppendixViewModel withMeta(DocumentMeta other) {
    return new AppendixViewModel(
        other,
        toc,
        intro,
        production,
        productionHeading,
        sections,
        summary,
        goals,
        perspectives,
        actionsHeading,
        actionsText,
        actionGroups,
        legend);
  }

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

  /**
   * The actions of one perspective.
   *
   * @param anchor element id
   * @param perspective perspective name
   * @param description the {@code Perspektiv: <namn>} text above the table, when the perspective
   *     has no measures to print it at (else empty)
   * @param actions table rows
   * @param after the {@code Efter perspektiv: <namn>} text below the table, likewise
   */
  public record ActionGroup(
      String anchor,
      String perspective,
      SafeHtml description,
      List<ActionRow> actions,
      SafeHtml after) {
    public ActionGroup {
      actions = List.copyOf(actions);
    }
  }

  /**
   * One åtgärd.
   *
   * @param nr its number
   * @param anchor element id
   * @param goal mål (framgångsfaktor)
   * @param title the action
   * @param details labelled sub-rows: Beskrivning av genomförande, Ansvarig, Tidplan, Förväntad
   *     effekt (empty ones left out)
   * @param status the period's status
   * @param comment kommentar, sanitised
   */
  public record ActionRow(
      String nr,
      String anchor,
      String goal,
      String title,
      List<LabelledText> details,
      Symbol status,
      SafeHtml comment) {
    public ActionRow {
      details = List.copyOf(details);
    }
  }

  /**
   * The legend ("Teckenförklaring").
   *
   * @param anchor element id
   * @param judgements every judgement symbol
   * @param notDue the symbol of a measure not followed up in the period, with its explanation
   * @param trends every trend symbol
   * @param statuses every action status symbol
   * @param trendHeading what the trends compare with, as the run used it ("Utveckling jämfört med
   *     föregående period")
   * @param trendNote where the value compared with is printed
   * @param tolerance the tolerance band the run used for "delvis uppfyllt", as a sentence
   */
  public record Legend(
      String anchor,
      List<Symbol> judgements,
      SymbolNote notDue,
      List<Symbol> trends,
      List<Symbol> statuses,
      String trendHeading,
      String trendNote,
      String tolerance) {
    public Legend {
      judgements = List.copyOf(judgements);
      trends = List.copyOf(trends);
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * A symbol with a sentence explaining it, for a legend line of its own.
   *
   * @param symbol the symbol
   * @param note what it means
   */
  public record SymbolNote(Symbol symbol, String note) {}
}

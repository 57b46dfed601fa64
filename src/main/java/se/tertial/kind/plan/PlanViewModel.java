package se.tertial.kind.plan;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * What the verksamhetsplan template shows: the plan's text in document order with, where the
 * analyst placed them, the strategic goals (framgångsfaktorer and styrmått with baseline and year
 * targets), the budget tables and the risk assessment. No judgements.
 *
 * @param meta document metadata
 * @param toc chapters for the table of contents and PDF bookmarks
 * @param subtitle the title page's line under the title ("Verksamhetsår 2023")
 * @param intro the "Inledning" text, if any
 * @param targetColumns the target columns' headings ("Mål 2023", "Mål 2025"), the same for every
 *     measure table
 * @param blocks the document's parts in order
 */
public record PlanViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    String subtitle,
    TextSection intro,
    List<String> targetColumns,
    List<PlanBlock> blocks)
    implements KindViewModel {

  public PlanViewModel {
    toc = List.copyOf(toc);
    targetColumns = List.copyOf(targetColumns);
    blocks = List.copyOf(blocks);
  }

  @Override
  public PlanViewModel withMeta(DocumentMeta other) {
    return new PlanViewModel(other, toc, subtitle, intro, targetColumns, blocks);
  }

  /**
   * A perspective of the plan.
   *
   * @param anchor element id
   * @param name e.g. "Medborgare"
   * @param description the Texter section "Perspektiv: name", sanitised
   * @param goals its strategic goals in input order
   */
  public record PlanPerspective(
      String anchor, String name, SafeHtml description, List<PlanGoal> goals) {
    public PlanPerspective {
      goals = List.copyOf(goals);
    }
  }

  /**
   * A strategic goal.
   *
   * @param anchor element id
   * @param goal the goal's text
   * @param description the Texter section "Strategiskt mål: goal"
   * @param factors its framgångsfaktorer
   */
  public record PlanGoal(
      String anchor, String goal, SafeHtml description, List<PlanFactor> factors) {
    public PlanGoal {
      factors = List.copyOf(factors);
    }
  }

  /**
   * A framgångsfaktor and its styrmått.
   *
   * @param name the factor
   * @param description the Texter section "Framgångsfaktor: name"
   * @param measures its styrmått
   * @param footnotes the footnotes its styrmått point to, numbered through the document
   */
  public record PlanFactor(
      String name, SafeHtml description, List<PlanMeasure> measures, List<Footnote> footnotes) {
    public PlanFactor {
      measures = List.copyOf(measures);
      footnotes = List.copyOf(footnotes);
    }
  }

  /**
   * A footnote of a styrmått (the Fotnot column).
   *
   * @param number its number in the document
   * @param text the footnote
   */
  public record Footnote(int number, String text) {}

  /**
   * A styrmått row.
   *
   * @param name the styrmått
   * @param baseline ingångsvärde
   * @param targets one per {@link PlanViewModel#targetColumns()}
   * @param source källa
   * @param followUp uppföljningsperiod
   * @param footnote the number of its footnote, "" when it has none
   */
  public record PlanMeasure(
      String name,
      String baseline,
      List<String> targets,
      String source,
      String followUp,
      String footnote) {
    public PlanMeasure {
      targets = List.copyOf(targets);
    }
  }

  /**
   * A budget table.
   *
   * @param anchor element id
   * @param name the caption
   * @param unit e.g. "mnkr"
   * @param columns the amount columns' headings
   * @param rows the rows
   */
  public record BudgetView(
      String anchor, String name, String unit, List<String> columns, List<BudgetLine> rows) {
    public BudgetView {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A budget row.
   *
   * @param label the row's text
   * @param amounts formatted amounts, "" where blank
   * @param total whether it is a total row (set in bold)
   */
  public record BudgetLine(String label, List<String> amounts, boolean total) {
    public BudgetLine {
      amounts = List.copyOf(amounts);
    }
  }

  /**
   * One part of a verksamhetsplan in document order: the plan's own text (chapters, sections,
   * figures described in words) and the places where its goals, budget tables and risk assessment
   * stand. {@link #kind()} tells the template which one it is.
   */
  public sealed interface PlanBlock
      permits PlanBlock.Heading,
          PlanBlock.Text,
          PlanBlock.Figure,
          PlanBlock.Goals,
          PlanBlock.Budget,
          PlanBlock.Risks {

    /** "heading", "text", "figure", "goals", "budget" or "risks". */
    String kind();

    /**
     * A heading (Kapitel 1, Avsnitt 2, Underavsnitt 3) with the text under it; a level-1 heading
     * starts a new page.
     *
     * @param level 1–3
     * @param anchor element id
     * @param title the heading
     * @param text the text under it, sanitised, may be empty
     */
    record Heading(int level, String anchor, String title, SafeHtml text) implements PlanBlock {
      @Override
      public String kind() {
        return "heading";
      }
    }

    /**
     * Text without a heading of its own (Stycke).
     *
     * @param text sanitised
     */
    record Text(SafeHtml text) implements PlanBlock {
      @Override
      public String kind() {
        return "text";
      }
    }

    /**
     * A figure of the original document, described in words: the image itself is not in the data.
     *
     * @param caption the figure's caption
     * @param text the description, sanitised
     */
    record Figure(String caption, SafeHtml text) implements PlanBlock {
      @Override
      public String kind() {
        return "figure";
      }
    }

    /**
     * The strategic goals with their framgångsfaktorer and styrmått, grouped by perspective.
     *
     * @param level the perspectives' heading level (1 when the goals are chapters of their own, 2
     *     inside a chapter); goals and factors are one and two levels below
     * @param perspectives in the scorecard's order
     */
    record Goals(int level, List<PlanPerspective> perspectives) implements PlanBlock {
      public Goals {
        perspectives = List.copyOf(perspectives);
      }

      @Override
      public String kind() {
        return "goals";
      }
    }

    /**
     * A budget table, with an optional note under it.
     *
     * @param level the caption's heading level
     * @param table the table
     * @param note sanitised, may be empty
     */
    record Budget(int level, BudgetView table, SafeHtml note) implements PlanBlock {
      @Override
      public String kind() {
        return "budget";
      }
    }

    /**
     * The risk assessment (riskbedömning), grouped by perspective.
     *
     * @param level the heading level of its caption
     * @param anchor element id
     * @param title the caption ("Internkontroll riskbedömning")
     * @param groups the risks per perspective, in input order
     */
    record Risks(int level, String anchor, String title, List<RiskGroup> groups)
        implements PlanBlock {
      public Risks {
        groups = List.copyOf(groups);
      }

      @Override
      public String kind() {
        return "risks";
      }
    }

    /**
     * The risks of one perspective.
     *
     * @param perspective the perspective's name, may be empty
     * @param risks its risks in input order
     */
    record RiskGroup(String perspective, List<RiskView> risks) {
      public RiskGroup {
        risks = List.copyOf(risks);
      }
    }

    /**
     * One risk as printed.
     *
     * @param nr the risk's number
     * @param goal strategiskt mål
     * @param factor framgångsfaktor
     * @param risk what may happen, sanitised
     * @param consequence its consequence, sanitised
     * @param assessment "3 × 4 = 12", or "–" when not assessed
     * @param needsAction "kräver åtgärder" for a riskvärde of 9 or more, else "kräver inte särskild
     *     åtgärd", "" when not assessed
     * @param cause sanitised
     * @param action sanitised
     * @param control sanitised
     */
    record RiskView(
        String nr,
        String goal,
        String factor,
        SafeHtml risk,
        SafeHtml consequence,
        String assessment,
        String needsAction,
        SafeHtml cause,
        SafeHtml action,
        SafeHtml control) {}
  }
}

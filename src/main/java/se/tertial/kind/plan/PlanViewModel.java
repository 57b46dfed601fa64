package se.tertial.kind.plan;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * What the verksamhetsplan template shows: perspectives, strategic goals, framgångsfaktorer and
 * their styrmått with baseline and year targets, then the budget tables. No judgements.
 *
 * @param meta document metadata
 * @param toc chapters for the table of contents and PDF bookmarks
 * @param subtitle the title page's line under the title ("Verksamhetsår 2023")
 * @param intro the "Inledning" text, if any
 * @param targetColumns the target columns' headings ("Mål 2023", "Mål 2025"), the same for every
 *     measure table
 * @param perspectives in the scorecard's order
 * @param budgetHeading the heading of the budget chapter
 * @param budgets the budget tables, in input order
 */
public record PlanViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    String subtitle,
    TextSection intro,
    List<String> targetColumns,
    List<PlanPerspective> perspectives,
    String budgetHeading,
    List<BudgetView> budgets)
    implements KindViewModel {

  public PlanViewModel {
    toc = List.copyOf(toc);
    targetColumns = List.copyOf(targetColumns);
    perspectives = List.copyOf(perspectives);
    budgets = List.copyOf(budgets);
  }

  @Override
  public PlanViewModel withMeta(DocumentMeta other) {
    return new PlanViewModel(
        other, toc, subtitle, intro, targetColumns, perspectives, budgetHeading, budgets);
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
   */
  public record PlanFactor(String name, SafeHtml description, List<PlanMeasure> measures) {
    public PlanFactor {
      measures = List.copyOf(measures);
    }
  }

  /**
   * A styrmått row.
   *
   * @param name the styrmått
   * @param baseline ingångsvärde
   * @param targets one per {@link PlanViewModel#targetColumns()}
   * @param source källa
   * @param followUp uppföljningsperiod
   */
  public record PlanMeasure(
      String name, String baseline, List<String> targets, String source, String followUp) {
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
}

package se.tertial.kind.plan;

import java.util.List;
import se.tertial.kind.plan.PlanViewModel.BudgetView;
import se.tertial.kind.plan.PlanViewModel.PlanPerspective;
import se.tertial.view.SafeHtml;

/**
 * One part of a verksamhetsplan in document order: the plan's own text (chapters, sections, figures
 * described in words) and the places where its goals, budget tables and risk assessment stand.
 * {@link #kind()} tells the template which one it is.
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

package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.KindViewModel;
import se.tertial.view.LabelledText;
import se.tertial.view.SafeHtml;
import se.tertial.view.Symbol;

/**
 * The records of the appendix's actions chapter: the actions grouped by perspective. {@link
 * AppendixViewModel} alone implements it, so the records are the view model's own ({@code
 * AppendixViewModel.ActionGroup}…) and templates see them as they see every record nested in a view
 * model.
 */
public sealed interface AppendixActionParts extends KindViewModel permits AppendixViewModel {

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
}

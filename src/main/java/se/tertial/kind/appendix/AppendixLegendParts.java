package se.tertial.kind.appendix;

import java.util.List;
import se.tertial.view.KindViewModel;
import se.tertial.view.Symbol;

/**
 * The records of the appendix's legend ("Teckenförklaring"). {@link AppendixViewModel} alone
 * implements it, so the records are the view model's own ({@code AppendixViewModel.Legend}…) and
 * templates see them as they see every record nested in a view model.
 */
public sealed interface AppendixLegendParts extends KindViewModel permits AppendixViewModel {

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

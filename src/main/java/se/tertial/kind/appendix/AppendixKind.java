package se.tertial.kind.appendix;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.TextPlaces;
import se.tertial.model.Action;
import se.tertial.model.KindData;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.Table;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * The delårsbilaga (appendix to the interim report): judged measures and actions per perspective.
 * Its data are the measures, outcomes and statuses every kind may use, so it has no sheet of its
 * own; it is the only kind that requires an outcome for every measure and a status for every
 * action.
 */
public final class AppendixKind implements ReportKindModule {

  @Override
  public String name() {
    return "delarsbilaga";
  }

  @Override
  public Set<Table> required() {
    return Set.of(Table.REPORT, Table.MEASURES, Table.OUTCOMES);
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    return Optional.of(KindData.NONE);
  }

  @Override
  public Set<Table> sharedTables() {
    return Set.of(Table.MEASURES, Table.OUTCOMES, Table.ACTIONS, Table.STATUSES);
  }

  @Override
  public boolean checksCompleteness() {
    return true;
  }

  @Override
  public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
    return new AppendixViewModelBuilder().build(evaluation, logoDataUri);
  }

  /**
   * Inledning, Produktion, Tillgänglighet, Måluppfyllelse and Åtgärder (the actions' heading and
   * text) by name; {@code Perspektiv: <namn>} and {@code Efter perspektiv: <namn>} before and after
   * a perspective's measures; anything else a free section after the introduction.
   */
  @Override
  public TextPlaces textPlaces() {
    String perspective =
        new Messages.Bundle("se.tertial.kind.appendix.messages").get("place.perspective");
    return new TextPlaces(
        List.of("Inledning", "Produktion", "Tillgänglighet", "Måluppfyllelse", "Åtgärder"),
        false,
        List.of(
            new TextPlaces.Named("Perspektiv:", perspective, AppendixKind::perspectives),
            new TextPlaces.Named("Efter perspektiv:", perspective, AppendixKind::perspectives)));
  }

  /**
   * The perspectives the document shows: those with measures, then those with only actions (whose
   * texts stand by the actions).
   */
  static List<String> perspectives(Report report) {
    return Stream.concat(
            report.measures().stream().map(Measure::perspective),
            report.actions().stream().map(Action::perspective))
        .distinct()
        .toList();
  }
}

package se.tertial.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.tertial.model.KindData;
import se.tertial.model.Period;

/**
 * The reading part of a report kind: its name, which tables it needs and how its own tables become
 * its {@link KindData}. Styrmått, Utfall, Åtgärder and Texter are read by {@link ReportAssembler}
 * for every kind that has them; a kind adds only its own tables here. The kinds themselves live in
 * {@code se.tertial.kind}, each behind {@code ReportKindModule}.
 */
public interface KindAssembler {

  /** The {@code Rapporttyp} the kind is chosen by, e.g. {@code manadsuppfoljning}. */
  String name();

  /** The tables an input of this kind cannot do without. */
  Set<Table> required();

  /**
   * The tables of the kind's own (beyond {@link Table#SHARED}), which reading looks for in every
   * input; none by default.
   */
  default List<Table> ownTables() {
    return List.of();
  }

  /**
   * The kind's data for the report's {@code period}, with every problem added to {@code findings};
   * empty when a table lacks a required column (already reported as an error).
   */
  Optional<KindData> assemble(RawInput input, Period period, Findings findings);

  /**
   * The period a report of this kind names, as an analyst writes it in the Rapport sheet or on the
   * command line ({@code init --period}, {@code next-period --period}): by default the forms of
   * {@link Period#parse} every kind shares; a kind may accept more (a plan takes a bare year).
   *
   * @throws se.tertial.model.InvalidValueException when the text is no period of this kind
   */
  default Period period(String text) {
    return Period.parse(text);
  }

  /**
   * Whether every measure must have an outcome and every action a status for the period: what a
   * delårsbilaga reports. Kinds that merely may show measures do not require them.
   */
  default boolean checksCompleteness() {
    return false;
  }

  /** The kinds reading chooses from by {@code Rapporttyp} (or {@code --kind}). */
  interface Catalogue {

    /** The kind a name stands for, matched case- and accent-insensitively. */
    Optional<KindAssembler> find(String name);

    /** The kind an input of a kind of the user's own is read as (the delårsbilaga). */
    KindAssembler fallback();

    /**
     * Every table an input may hold: the shared ones, then each kind's own, in the catalogue's
     * order.
     */
    List<Table> tables();
  }
}

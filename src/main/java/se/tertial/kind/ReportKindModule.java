package se.tertial.kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.read.KindAssembler;
import se.tertial.read.Table;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * A report kind (rapporttyp) as one module: its name and the sheets it needs and reads (the {@link
 * KindAssembler} part), its view model, its template and its own sheets in a workbook tertial
 * writes. The kinds tertial knows are listed once, in {@link ReportKinds#BUILT_IN}; adding one is a
 * package with an implementation of this interface, a template and a line in that list.
 */
public interface ReportKindModule extends KindAssembler {

  /** The root a template sees for one judged period; {@code logoDataUri} may be empty. */
  KindViewModel view(ReportEvaluation evaluation, String logoDataUri);

  /** The template file, {@code <name>.ftl} in {@code templates/} (or {@code --templates}). */
  default String template() {
    return name() + ".ftl";
  }

  /**
   * Which of the shared tables {@link Table#MEASURES}, {@link Table#OUTCOMES}, {@link
   * Table#ACTIONS} and {@link Table#STATUSES} a workbook of this kind has (Rapport and Texter are
   * in every workbook). None by default.
   */
  default Set<Table> sharedTables() {
    return Set.of();
  }

  /** Whether the kind's Styrmått sheet has an {@code Ingångsvärde} (baseline) column. */
  default boolean measureBaselines() {
    return false;
  }

  /**
   * The period an empty workbook made on {@code today} starts with: by default the tertial the day
   * falls in (January–April T1, May–August T2, September–December ÅR), as an analyst starting a
   * workbook works towards the report that closes the current tertial.
   */
  default Period periodOf(LocalDate today) {
    return Period.tertial(today.getYear(), (today.getMonthValue() - 1) / 4 + 1);
  }

  /**
   * The period {@code next-period} makes a workbook for after {@code from}: by default the next.
   */
  default Period nextPeriod(Period from) {
    return from.next();
  }

  /**
   * The kind's own sheets, for a workbook made by {@code init} or {@code next-period}: each with
   * its documented columns, the rows of the report's kind data and, when {@code open} is not null,
   * the rows to fill in for that period. The shared sheets (Rapport, Styrmått, Utfall, Åtgärder,
   * Åtgärdsstatus, Texter) are not included. The report's {@code data()} may be of another kind (or
   * {@code KindData.NONE}) for an empty workbook: then the sheets have only their headers.
   */
  default List<KindSheet> sheets(Report report, Period open) {
    return List.of();
  }

  /**
   * The {@code Instruktioner} lines about this kind: its periods ({@code Allmänt}), its own sheets
   * and the shared sheets it has, and its {@code Texter} sections. By default the lines of {@code
   * instruktioner.tsv} in the module's package ({@link Instruction#read}); none when there is none.
   */
  default List<Instruction> instructions() {
    return Instruction.read(getClass());
  }

  /**
   * What a workbook of this kind holds, counted in its own terms, for the message of {@code init}
   * and {@code next-period}: by default its styrmått and åtgärder, those of its {@link
   * #sharedTables()} it has ("14 styrmått och 12 åtgärder").
   */
  default String contents(Report report) {
    Messages.Bundle texts = new Messages.Bundle("se.tertial.kind.messages");
    List<String> parts = new ArrayList<>();
    if (sharedTables().contains(Table.MEASURES)) {
      parts.add(texts.get("contents.measures", report.measures().size()));
    }
    if (sharedTables().contains(Table.ACTIONS)) {
      parts.add(texts.get("contents.actions", report.actions().size()));
    }
    return parts.isEmpty() ? texts.get("contents.none") : Instruction.and(parts);
  }

  /**
   * Where the kind puts the Texter sections; by default an introduction ({@code Inledning}) and any
   * other Avsnitt as a free section under its own heading after it.
   */
  default TextPlaces textPlaces() {
    return TextPlaces.introductionOnly();
  }

  /**
   * The kind's own whole-report checks, run after the shared ones: what its document would leave
   * out of what it read (the plan's plain Mål beside year targets). None by default.
   */
  default List<ReportCheck> checks() {
    return List.of();
  }
}

package se.tertial.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.tertial.model.Action;
import se.tertial.model.ActionStatus;
import se.tertial.model.KindData;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;
import se.tertial.model.SourceRef;

/**
 * Maps the raw tables of either format to the model, with all validation. The one place that knows
 * the input contract's tables and columns, so workbooks and CSV folders are checked alike.
 */
final class ReportAssembler {
  private final Findings findings;
  private final KindAssembler.Catalogue kinds;

  ReportAssembler(Findings findings, KindAssembler.Catalogue kinds) {
    this.findings = findings;
    this.kinds = kinds;
  }

  /**
   * The report, or empty when a required table or column is missing. Rows with errors are left out
   * of the report and reported; the caller must not render a report read with errors.
   */
  Optional<Report> assemble(RawInput input, Period override) {
    return assemble(input, override, null);
  }

  /**
   * Like {@link #assemble(RawInput, Period)} with the report kind given instead of the Rapport
   * sheet's {@code Rapporttyp} ({@code --kind}), or null for the sheet's.
   */
  // Long on purpose: the input contract's tables in reading order, so every table is resolved and
  // reported before any is given up on (check lists all problems at once).
  Optional<Report> assemble(RawInput input, Period override, String kindOverride) {
    Optional<Columns> reportColumns = columns(input, Table.REPORT, InfoAssembler.COLUMNS);
    Function<String, KindAssembler> kindFor =
        sheetKind ->
            kinds
                .find(
                    kindOverride != null
                        ? kindOverride
                        : sheetKind != null ? sheetKind : ReportInfo.DEFAULT_KIND)
                .orElse(kinds.fallback());
    ReportInfo info =
        reportColumns.map(c -> InfoAssembler.assemble(c, findings, kindFor)).orElse(null);
    String kindName =
        kindOverride != null ? kindOverride : info != null ? info.kind() : ReportInfo.DEFAULT_KIND;
    Optional<KindAssembler> known = kinds.find(kindName);
    if (known.isEmpty()) {
      // A kind of the user's own: read as a delårsbilaga, rendered with <kind>.ftl.
      findings.warning("kind.unknown", SourceRef.file(input.name()), kindName);
    }
    KindAssembler kindAssembler = known.orElse(kinds.fallback());
    missingTables(input, kindAssembler.required());

    Optional<Columns> measureColumns =
        columns(
            input,
            Table.MEASURES,
            input
                .table(Table.MEASURES)
                .map(MeasureAssembler::measureColumns)
                .orElse(MeasureAssembler.MEASURE_COLUMNS));
    Optional<Columns> outcomeColumns =
        columns(input, Table.OUTCOMES, MeasureAssembler.OUTCOME_COLUMNS);
    Optional<Columns> actionColumns = columns(input, Table.ACTIONS, ActionAssembler.ACTION_COLUMNS);
    Optional<Columns> statusColumns =
        columns(input, Table.STATUSES, ActionAssembler.STATUS_COLUMNS);
    Optional<Columns> textColumns = columns(input, Table.TEXTS, ActionAssembler.TEXT_COLUMNS);

    List<Measure> measures =
        measureColumns.map(c -> MeasureAssembler.measures(c, findings)).orElse(List.of());
    tooMany(measureColumns, measures.size(), Limits.MAX_MEASURES, "measures.tooMany");
    Map<String, Measure> byId = index(measures, Measure::id);
    Set<String> rejected = new HashSet<>();
    // Rows that refer to a table that is missing are not checked one by one: the missing table
    // is one error, not one per row (a renamed sheet or file).
    List<Outcome> outcomes =
        outcomeColumns
            .filter(c -> input.table(Table.MEASURES).isPresent())
            .map(c -> MeasureAssembler.outcomes(c, byId, rejected, findings))
            .orElse(List.of());
    List<Action> actions =
        actionColumns.map(c -> ActionAssembler.actions(c, findings)).orElse(List.of());
    tooMany(actionColumns, actions.size(), Limits.MAX_ACTIONS, "actions.tooMany");
    Map<String, Action> byNr = index(actions, Action::nr);
    Set<String> rejectedNrs = new HashSet<>();
    List<ActionStatus> statuses =
        statusColumns
            .filter(c -> input.table(Table.ACTIONS).isPresent())
            .map(c -> ActionAssembler.statuses(c, byNr, rejectedNrs, findings))
            .orElse(List.of());
    List<Section> sections =
        textColumns
            .map(c -> ActionAssembler.sections(c, info == null ? null : info.period(), findings))
            .orElse(List.of());

    Period period = override != null ? override : info == null ? null : info.period();
    Optional<KindData> data = kindAssembler.assemble(input, period, findings);

    if (info == null
        || data.isEmpty()
        || unreadable(input, Table.MEASURES, measureColumns, kindAssembler)
        || unreadable(input, Table.OUTCOMES, outcomeColumns, kindAssembler)
        || unreadable(input, Table.ACTIONS, actionColumns, kindAssembler)
        || unreadable(input, Table.STATUSES, statusColumns, kindAssembler)
        || unreadable(input, Table.TEXTS, textColumns, kindAssembler)) {
      return Optional.empty();
    }
    if (period == null) {
      findings.error("period.reportMissing", input.table(Table.REPORT).get().where());
      return Optional.empty();
    }
    Report report =
        new Report(
            info.withPeriod(period).withKind(known.map(KindAssembler::name).orElse(kindName)),
            measures,
            outcomes,
            actions,
            statuses,
            sections,
            data.get());
    if (kindAssembler.checksCompleteness()) {
      // Outcomes and statuses are what a delårsbilaga reports; other kinds do not need them.
      new CompletenessCheck(findings).check(report, rejected, rejectedNrs);
    }
    return Optional.of(report);
  }

  private void missingTables(RawInput input, Set<Table> required) {
    // The contract's order; a required table no kind declares (a kind's mistake) still counts.
    List<Table> tables = new ArrayList<>(kinds.tables());
    required.stream().filter(t -> !tables.contains(t)).forEach(tables::add);
    for (Table kind : tables) {
      // Åtgärder is optional, but not when Åtgärdsstatus refers to it.
      boolean needed =
          required.contains(kind)
              || (kind == Table.ACTIONS && input.table(Table.STATUSES).isPresent());
      if (needed && input.table(kind).isEmpty()) {
        if (input.workbook()) {
          findings.error(
              "sheet.missing", SourceRef.file(input.name()), kind.sheetName(), found(input));
        } else if (!findings.hasErrorInFile(kind::isFile)) {
          // A file that is there but could not be read already has its own error; "saknas"
          // would send the analyst looking for a file that exists.
          findings.error(
              "file.missing", SourceRef.file(input.name()), kind.fileName(), found(input));
        }
      }
    }
  }

  /** What the input holds instead, for a missing table's message: "Rapport, Styrmått 2024". */
  private static String found(RawInput input) {
    return input.found().isEmpty() ? "inget" : String.join(", ", input.found());
  }

  /** A table the kind requires that is absent, or one that is present with a missing column. */
  private static boolean unreadable(
      RawInput input, Table table, Optional<Columns> columns, KindAssembler kind) {
    boolean present = input.table(table).isPresent();
    return columns.isEmpty() && (present || kind.required().contains(table));
  }

  private Optional<Columns> columns(RawInput input, Table kind, List<ColumnSpec> specs) {
    return input
        .table(kind)
        .flatMap(t -> Columns.resolve(t, specs, kind == Table.MEASURES, findings));
  }

  /** A count cap: an error on the whole table, so a report this large is never rendered. */
  private void tooMany(Optional<Columns> columns, int count, int max, String code) {
    if (count > max) {
      findings.error(code, columns.orElseThrow().table().where(), count, max);
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }
}

package se.tertial.kind.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Columns;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.RowChecks;
import se.tertial.read.RowReader;
import se.tertial.read.Table;

/**
 * Reads an uppdragsåterkoppling: {@code Uppdrag} (Nr | Ärende | Rubrik) and {@code Uppdragsstatus}
 * (Nr | Period | Pågående arbete | Resultat), one row per item and reporting date.
 */
public final class AssignmentAssembler {
  public static final List<ColumnSpec> ASSIGNMENT_COLUMNS =
      List.of(
          ColumnSpec.required("Nr"),
          ColumnSpec.required("Ärende", "Ärende/fråga", "Fråga"),
          ColumnSpec.required("Rubrik", "Uppdrag", "Åtgärd"));

  public static final List<ColumnSpec> ENTRY_COLUMNS =
      List.of(
          ColumnSpec.required("Nr"),
          ColumnSpec.required("Period", "Datum", "Rapportdatum"),
          ColumnSpec.required("Pågående arbete", "Pågående arbete/åtgärder", "Åtgärder"),
          ColumnSpec.optional("Resultat"));

  /** The tables an input of this kind cannot do without. */
  public Set<Table> required() {
    return Set.of(Table.REPORT, AssignmentKind.ASSIGNMENTS, AssignmentKind.ASSIGNMENT_STATUSES);
  }

  /** The kind data, with every problem added to {@code findings} (see {@link ReportKindModule}). */
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    Optional<Columns> items =
        input
            .table(AssignmentKind.ASSIGNMENTS)
            .flatMap(t -> Columns.resolve(t, ASSIGNMENT_COLUMNS, false, findings));
    Optional<Columns> entries =
        input
            .table(AssignmentKind.ASSIGNMENT_STATUSES)
            .flatMap(t -> Columns.resolve(t, ENTRY_COLUMNS, false, findings));
    if (items.isEmpty() || entries.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Assignment> byNr = assignments(items.get(), findings);
    List<AssignmentEntry> read = entries(entries.get(), byNr, findings);
    AssignmentFeedback data = new AssignmentFeedback(List.copyOf(byNr.values()), read);
    if (period != null) {
      for (Assignment a : byNr.values()) {
        if (data.entry(a.nr(), period).isEmpty()) {
          findings.warning(
              "assignment.entryMissing", a.where().column("Nr"), a.nr(), period.code());
        }
      }
    }
    return Optional.of(data);
  }

  private static Map<String, Assignment> assignments(Columns columns, Findings findings) {
    Map<String, Assignment> byNr = new LinkedHashMap<>();
    RowChecks checks = new RowChecks("Nr");
    for (RowReader row : RowReader.rows(columns, findings)) {
      String nr = row.text("Nr");
      if (!checks.key(row, nr, "nr.missing")
          || !checks.first(row, "assignment.duplicate", nr, null)) {
        continue;
      }
      byNr.put(nr, new Assignment(nr, row.text("Ärende"), row.text("Rubrik"), row.where()));
    }
    return byNr;
  }

  private static List<AssignmentEntry> entries(
      Columns columns, Map<String, Assignment> byNr, Findings findings) {
    List<AssignmentEntry> entries = new ArrayList<>();
    RowChecks checks = new RowChecks("Nr");
    for (RowReader row : RowReader.rows(columns, findings)) {
      String nr = row.text("Nr");
      Period period = row.period("Period");
      String work = row.text("Pågående arbete");
      String result = row.text("Resultat");
      if (!checks.datedChild(
              row, nr, period, byNr::containsKey, "nr.missing", "assignment.unknownNr", null)
          || !checks.first(row, "assignment.entryDuplicate", nr, period)) {
        continue;
      }
      entries.add(new AssignmentEntry(nr, period, work, result, row.where()));
    }
    return entries;
  }
}

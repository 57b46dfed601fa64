package se.tertial.kind.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.ColumnSpec;
import se.tertial.read.Columns;
import se.tertial.read.Findings;
import se.tertial.read.KindAssembler;
import se.tertial.read.RawInput;
import se.tertial.read.RawRow;
import se.tertial.read.RowReader;
import se.tertial.read.TableKind;

/**
 * Reads an uppdragsåterkoppling: {@code Uppdrag} (Nr | Ärende | Rubrik) and {@code Uppdragsstatus}
 * (Nr | Period | Pågående arbete | Resultat), one row per item and reporting date.
 */
public final class AssignmentAssembler implements KindAssembler {
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

  @Override
  public Set<TableKind> required() {
    return Set.of(TableKind.REPORT, TableKind.ASSIGNMENTS, TableKind.ASSIGNMENT_STATUSES);
  }

  @Override
  public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
    Optional<Columns> items =
        input
            .table(TableKind.ASSIGNMENTS)
            .flatMap(t -> Columns.resolve(t, ASSIGNMENT_COLUMNS, false, findings));
    Optional<Columns> entries =
        input
            .table(TableKind.ASSIGNMENT_STATUSES)
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
    Map<String, Integer> seen = new HashMap<>();
    for (RawRow raw : columns.table().rows()) {
      RowReader row = new RowReader(columns, raw, findings);
      String nr = row.text("Nr");
      if (nr.isEmpty()) {
        row.fail("nr.missing", "Nr");
        continue;
      }
      Integer earlier = seen.putIfAbsent(nr, raw.row());
      if (earlier != null) {
        row.fail("assignment.duplicate", "Nr", nr, earlier);
        continue;
      }
      byNr.put(nr, new Assignment(nr, row.text("Ärende"), row.text("Rubrik"), row.where()));
    }
    return byNr;
  }

  private static List<AssignmentEntry> entries(
      Columns columns, Map<String, Assignment> byNr, Findings findings) {
    List<AssignmentEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawRow raw : columns.table().rows()) {
      RowReader row = new RowReader(columns, raw, findings);
      String nr = row.text("Nr");
      Period period = row.period("Period");
      String work = row.text("Pågående arbete");
      String result = row.text("Resultat");
      if (nr.isEmpty()) {
        row.fail("nr.missing", "Nr");
      } else if (!byNr.containsKey(nr)) {
        row.fail("assignment.unknownNr", "Nr", nr);
      }
      if (period == null && !row.failed()) {
        row.fail("period.missing", "Period");
      }
      if (row.failed()) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(nr + "\u0000" + period.code(), raw.row());
      if (earlier != null) {
        row.fail("assignment.entryDuplicate", "Nr", nr, period.code(), earlier);
        continue;
      }
      entries.add(new AssignmentEntry(nr, period, work, result, row.where()));
    }
    return entries;
  }
}

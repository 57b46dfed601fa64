package se.tertial.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.kind.assignment.Assignment;
import se.tertial.kind.assignment.AssignmentEntry;
import se.tertial.kind.assignment.AssignmentFeedback;
import se.tertial.kind.monthly.MonthlyFollowUp;
import se.tertial.kind.monthly.MonthlyItem;
import se.tertial.kind.plan.BudgetRow;
import se.tertial.kind.plan.BudgetTable;
import se.tertial.kind.plan.PlanData;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportKind;

/**
 * The sheets of each report kind's own (Uppdrag and Uppdragsstatus, Månadsrapport, Budget), written
 * with the kind's data and, for a template, an empty row per item for the period to fill in; and
 * which of the shared sheets (Styrmått, Utfall, Åtgärder, Åtgärdsstatus) a kind has. Keyed by
 * {@link ReportKind} so a fifth kind is one more case.
 */
final class KindSheets {
  static final String ASSIGNMENTS = "Uppdrag";
  static final String ASSIGNMENT_STATUSES = "Uppdragsstatus";
  static final String MONTHLY = "Månadsrapport";
  static final String BUDGET = "Budget";

  static final List<String> ASSIGNMENT_HEADER = List.of("Nr", "Ärende", "Rubrik");
  static final List<String> ASSIGNMENT_STATUS_HEADER =
      List.of("Nr", "Period", "Pågående arbete", "Resultat");
  static final List<String> MONTHLY_HEADER =
      List.of(
          "Nr", "Uppdrag", "Period", "Kommande månad", "Senaste månaden", "Kommentarer", "Risker");

  private KindSheets() {}

  /** The kind of a report, the delårsbilaga for a kind of the user's own. */
  static ReportKind kindOf(Report report) {
    return report.info().reportKind().orElse(ReportKind.DELARSBILAGA);
  }

  /** Whether the kind has styrmått (the appendix and the plan). */
  static boolean hasMeasures(ReportKind kind) {
    return kind == ReportKind.DELARSBILAGA || kind == ReportKind.VERKSAMHETSPLAN;
  }

  /** Whether the kind has outcomes and actions (only the appendix). */
  static boolean hasOutcomesAndActions(ReportKind kind) {
    return kind == ReportKind.DELARSBILAGA;
  }

  /**
   * Adds the kind's own sheets.
   *
   * @param open the period to make ready for filling in, or null
   */
  static void add(XSSFWorkbook workbook, WorkbookStyles styles, Report report, Period open) {
    KindData data = report.data();
    switch (kindOf(report)) {
      case DELARSBILAGA -> {
        // Only the shared sheets.
      }
      case UPPDRAGSATERKOPPLING ->
          assignments(
              workbook,
              styles,
              data instanceof AssignmentFeedback f
                  ? f
                  : new AssignmentFeedback(List.of(), List.of()),
              open);
      case MANADSUPPFOLJNING ->
          monthly(
              workbook,
              styles,
              data instanceof MonthlyFollowUp m ? m : new MonthlyFollowUp(List.of()),
              open);
      case VERKSAMHETSPLAN ->
          budget(
              workbook,
              styles,
              data instanceof PlanData p ? p : new PlanData(List.of()),
              report.info().period());
    }
  }

  private static void assignments(
      XSSFWorkbook workbook, WorkbookStyles styles, AssignmentFeedback data, Period open) {
    SheetBuilder items =
        new SheetBuilder(
            workbook.createSheet(ASSIGNMENTS), styles, ASSIGNMENT_HEADER, List.of(6, 40, 60));
    for (Assignment a : data.assignments()) {
      items.row().key(a.nr()).text(a.issue(), true).text(a.title(), true);
    }
    SheetBuilder entries =
        new SheetBuilder(
            workbook.createSheet(ASSIGNMENT_STATUSES),
            styles,
            ASSIGNMENT_STATUS_HEADER,
            List.of(6, 10, 80, 60));
    for (AssignmentEntry e : data.entries()) {
      entries.row().key(e.nr()).text(e.period().code()).text(e.work(), true).text(e.result(), true);
    }
    if (open != null) {
      for (Assignment a : data.assignments()) {
        if (data.entries().stream()
            .noneMatch(e -> e.nr().equals(a.nr()) && e.period().equals(open))) {
          entries.row().key(a.nr()).text(open.code());
        }
      }
    }
  }

  private static void monthly(
      XSSFWorkbook workbook, WorkbookStyles styles, MonthlyFollowUp data, Period open) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet(MONTHLY),
            styles,
            MONTHLY_HEADER,
            List.of(6, 40, 10, 50, 50, 50, 50));
    for (MonthlyItem i : data.items()) {
      sheet
          .row()
          .key(i.nr())
          .text(i.title(), true)
          .text(i.period().code())
          .text(i.comingMonth(), true)
          .text(i.lastMonth(), true)
          .text(i.comments(), true)
          .text(i.risks(), true);
    }
    if (open != null) {
      for (Map.Entry<String, String> item : openItems(data, open).entrySet()) {
        sheet.row().key(item.getKey()).text(item.getValue(), true).text(open.code());
      }
    }
  }

  /**
   * The items (Nr → Uppdrag) a new month needs a row for: those of the latest month before it that
   * have no row for it yet.
   */
  static Map<String, String> openItems(MonthlyFollowUp data, Period open) {
    Period latest =
        data.items().stream()
            .map(MonthlyItem::period)
            .filter(p -> p.compareTo(open) < 0)
            .max(Period::compareTo)
            .orElse(null);
    Map<String, String> result = new LinkedHashMap<>();
    if (latest == null) {
      return result;
    }
    for (MonthlyItem i : data.items()) {
      boolean has =
          data.items().stream().anyMatch(o -> o.nr().equals(i.nr()) && o.period().equals(open));
      if (i.period().equals(latest) && !has) {
        result.putIfAbsent(i.nr(), i.title());
      }
    }
    return result;
  }

  private static void budget(
      XSSFWorkbook workbook, WorkbookStyles styles, PlanData data, Period period) {
    Set<String> columns = new LinkedHashSet<>();
    data.budgets().forEach(t -> columns.addAll(t.columns()));
    if (columns.isEmpty() && period != null) {
      for (int y = period.year(); y < period.year() + 3; y++) {
        columns.add(Integer.toString(y));
      }
    }
    List<String> header = new ArrayList<>(List.of("Tabell", "Rad", "Enhet", "Summarad"));
    header.addAll(columns);
    List<Integer> widths = new ArrayList<>(List.of(40, 40, 8, 10));
    columns.forEach(c -> widths.add(12));
    SheetBuilder sheet = new SheetBuilder(workbook.createSheet(BUDGET), styles, header, widths);
    List<String> order = List.copyOf(columns);
    for (BudgetTable table : data.budgets()) {
      for (BudgetRow row : table.rows()) {
        sheet.row().text(table.name(), true).text(row.label(), true).text(table.unit());
        sheet.text(row.total() ? "Ja" : "");
        for (String column : order) {
          int index = table.columns().indexOf(column);
          sheet.number(index < 0 ? null : row.amounts().get(index), false);
        }
      }
    }
  }
}

package se.tertial.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.kind.KindSheet;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.Action;
import se.tertial.model.DocumentTitles;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.SourceRef;
import se.tertial.read.ColumnSpec;
import se.tertial.read.SharedColumns;
import se.tertial.read.Table;

/**
 * {@code next-period} for an analyst's own workbook: opens a copy (the input is only read) and adds
 * the new period's empty rows, so every other sheet, column, formula, style, width, comment, data
 * validation and defined name stays as the analyst left it. In the Rapport sheet the period moves
 * on, a title naming the old period names the new one, and the old period's publication date moves
 * to {@code Publiceringsdatum <old period>} (the new report is not published yet). Finished and
 * cancelled actions are carried as such ({@link FinishedActions}). Running it again for the same
 * period adds nothing.
 */
public final class WorkbookCarry {
  private WorkbookCarry() {}

  /**
   * Writes {@code target}: {@code source} (the workbook {@code old} was read from) carried to
   * {@code to}. Returns warnings about carried texts that name the old period.
   *
   * @param replace whether an existing {@code target} may be replaced
   */
  public static List<Finding> carry(
      Path source, Report old, Period to, Path target, boolean replace) throws IOException {
    return carry(source, old, KindSheets.module(old), to, target, replace);
  }

  /**
   * Like {@link #carry(Path, Report, Period, Path, boolean)} for a report of {@code kind}, which
   * says which shared sheets get rows for the new period and gives the rows of its own sheets.
   */
  public static List<Finding> carry(
      Path source, Report old, ReportKindModule kind, Period to, Path target, boolean replace)
      throws IOException {
    Objects.requireNonNull(to, "to");
    byte[] bytes = Files.readAllBytes(source);
    List<Finding> warnings = new ArrayList<>();
    String file =
        target.getFileName() == null ? target.toString() : target.getFileName().toString();
    WorkbookWriter.saveBytes(
        target,
        replace,
        out -> {
          try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            carryInto(workbook, old, kind, to, file, warnings);
            write(workbook, out);
          }
        });
    return List.copyOf(warnings);
  }

  private static void write(XSSFWorkbook workbook, OutputStream out) throws IOException {
    workbook.write(out);
  }

  static void carryInto(
      XSSFWorkbook workbook,
      Report old,
      ReportKindModule kind,
      Period to,
      String file,
      List<Finding> warnings) {
    Period from = old.info().period();
    rapport(workbook, old.info(), to, file, warnings);
    if (kind.sharedTables().contains(Table.OUTCOMES)) {
      outcomes(workbook, old, to);
    }
    if (kind.sharedTables().contains(Table.STATUSES)) {
      statuses(workbook, old, to);
    }
    for (KindSheet sheet : kind.sheets(old, to)) {
      openRows(workbook, sheet, to);
    }
    if (from != null && !from.equals(to)) {
      TextCarry.carry(workbook, old, to);
      StaleTexts.warn(workbook, from, to, file, warnings);
    }
  }

  private static void rapport(
      XSSFWorkbook workbook, ReportInfo info, Period to, String file, List<Finding> warnings) {
    ExistingSheet sheet =
        ExistingSheet.find(workbook, "Fält", "Rapport", "Rapportinfo").orElse(null);
    if (sheet == null) {
      return;
    }
    int field = sheet.column("Fält", "Falt");
    int value = sheet.column("Värde", "Varde");
    Period from = info.period();
    boolean moved = from == null || from.equals(to);
    XSSFRow plainDate = null;
    for (XSSFRow row : sheet.rows()) {
      String name = ExistingSheet.key(ExistingSheet.text(row, field));
      switch (name) {
        case "period" -> ExistingSheet.set(row, value, to.code());
        case "titel" -> {
          String title = ExistingSheet.text(row, value);
          String carried = DocumentTitles.title(info, to);
          if (!title.isEmpty() && !carried.equals(title)) {
            ExistingSheet.set(row, value, carried);
          }
        }
        case "publiceringsdatum" -> plainDate = row;
        default -> {
          if (from != null && name.equals(ExistingSheet.key(ReportInfo.publicationField(from)))) {
            moved = true; // the old period's date is already kept by name
          }
        }
      }
    }
    if (plainDate == null || from == null || from.equals(to)) {
      return;
    }
    XSSFCell cell = plainDate.getCell(value);
    LocalDate date = info.publicationDate();
    if (date != null && !moved) {
      XSSFRow kept = sheet.append(SharedColumns.of(Table.REPORT));
      ExistingSheet.set(kept, field, ReportInfo.publicationField(from));
      XSSFCell copy = kept.getCell(value) != null ? kept.getCell(value) : kept.createCell(value);
      copy.setCellValue(date);
      if (cell != null) {
        copy.setCellStyle(cell.getCellStyle());
        if (!DateUtil.isADateFormat(
            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())) {
          copy.setCellValue(date.toString());
        }
      }
    }
    if (cell != null && cell.getCellType() != CellType.BLANK) {
      cell.setBlank();
    }
  }

  private static void outcomes(XSSFWorkbook workbook, Report old, Period to) {
    ExistingSheet.find(workbook, "ID", "Utfall")
        .ifPresent(
            sheet -> {
              int id = sheet.column("ID");
              int period = sheet.column("Period");
              // First-year comparisons: last year's same period gets an empty row where it has
              // none, so the analyst has a place for the value "Öka"/"Minska" and trends need.
              Period lastYear = to.previousYear();
              for (Measure m : old.measures()) {
                if (old.outcome(m.id(), lastYear).isEmpty()
                    && !hasRow(sheet, id, period, m.id(), lastYear)) {
                  XSSFRow row = sheet.append(SharedColumns.of(Table.OUTCOMES));
                  ExistingSheet.set(row, id, m.id());
                  ExistingSheet.set(row, period, lastYear.code());
                }
              }
              for (Measure m : old.measures()) {
                if (old.outcome(m.id(), to).isEmpty() && !hasRow(sheet, id, period, m.id(), to)) {
                  XSSFRow row = sheet.append(SharedColumns.of(Table.OUTCOMES));
                  ExistingSheet.set(row, id, m.id());
                  ExistingSheet.set(row, period, to.code());
                }
              }
            });
  }

  private static void statuses(XSSFWorkbook workbook, Report old, Period to) {
    if (old.actions().isEmpty()) {
      return;
    }
    ExistingSheet.find(workbook, "Nr", "Åtgärdsstatus")
        .ifPresent(
            sheet -> {
              int nr = sheet.column("Nr");
              int period = sheet.column("Period");
              int status = sheet.column("Status");
              int comment = sheet.column("Kommentar");
              for (Action a : old.actions()) {
                if (old.status(a.nr(), to).isPresent() || hasRow(sheet, nr, period, a.nr(), to)) {
                  continue;
                }
                XSSFRow row = sheet.append(SharedColumns.of(Table.STATUSES));
                ExistingSheet.set(row, nr, a.nr());
                ExistingSheet.set(row, period, to.code());
                FinishedActions.carried(old, a.nr(), to)
                    .ifPresent(
                        c -> {
                          ExistingSheet.set(row, status, c.status());
                          ExistingSheet.set(row, comment, c.comment());
                        });
              }
            });
  }

  /** Whether an (unfilled) row for the key and period is already there: idempotence. */
  private static boolean hasRow(
      ExistingSheet sheet, int keyColumn, int periodColumn, String key, Period to) {
    for (XSSFRow row : sheet.rows()) {
      if (ExistingSheet.text(row, keyColumn).equals(key)
          && samePeriod(ExistingSheet.text(row, periodColumn), to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean samePeriod(String text, Period to) {
    try {
      return Period.parse(text).equals(to);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Appends a kind sheet's rows to fill in to the analyst's sheet of that table (found by any of
   * its accepted names, columns by any of their spellings), skipping a row whose key and period are
   * there already.
   */
  private static void openRows(XSSFWorkbook workbook, KindSheet kindSheet, Period to) {
    if (kindSheet.openRows().isEmpty()) {
      return;
    }
    List<ColumnSpec> specs = kindSheet.columns();
    ExistingSheet.find(
            workbook, specs.get(0).name(), kindSheet.table().names().toArray(String[]::new))
        .ifPresent(
            sheet -> {
              int[] columns = new int[specs.size()];
              int period = -1;
              for (int c = 0; c < specs.size(); c++) {
                List<String> names = new ArrayList<>(List.of(specs.get(c).name()));
                names.addAll(specs.get(c).aliases());
                columns[c] = sheet.column(names.toArray(String[]::new));
                if (specs.get(c).name().equals("Period")) {
                  period = columns[c];
                }
              }
              for (List<Object> cells : kindSheet.openRows()) {
                String key = String.valueOf(cells.get(0));
                if (hasRow(sheet, columns[0], period, key, to)) {
                  continue;
                }
                XSSFRow row = sheet.append(specs);
                for (int c = 0; c < cells.size(); c++) {
                  if (cells.get(c) != null) {
                    ExistingSheet.set(row, columns[c], String.valueOf(cells.get(c)));
                  }
                }
              }
            });
  }

  static SourceRef where(String file, String sheet, int row, String column) {
    return new SourceRef(file, sheet, row, column);
  }

  static boolean isText(Cell cell) {
    return cell != null && cell.getCellType() == CellType.STRING;
  }
}

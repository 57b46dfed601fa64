package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.cli.TertialCommand;

/**
 * A socialnämnd's workbook as an analyst fills it in: {@code tertial init} for 2025-T1, then
 * measures, outcomes for T2 2024, T1 2025 and T2 2025, actions and statuses typed in with POI. The
 * measures cover what a reader must be able to check: a trend whose comparison period differs from
 * the latest earlier outcome, one whose comparison value is missing, targets against a reference
 * (the Jämförelse column and an {@code ID:ref} row), a measure not due in T1, one followed up at
 * the year end only (not due in T1 or T2), one due but empty.
 */
final class NamndWorkbook {
  private NamndWorkbook() {}

  /** The result of one command: exit code, standard output and standard error. */
  record Run(int exit, String out, String err) {
    /** The finding lines the command printed ("fel: …", "varning: …"), wherever it printed them. */
    List<String> findings() {
      return (out + err)
          .lines()
          .filter(l -> l.startsWith("fel: ") || l.startsWith("varning: "))
          .toList();
    }
  }

  /** The row of {@code sheet} whose first two cells are {@code key} and {@code period}. */
  static Row rowOf(Sheet sheet, String key, String period) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      Cell second = row.getCell(1);
      if (first != null
          && second != null
          && first.toString().equals(key)
          && second.toString().equals(period)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " " + period + " in " + sheet.getSheetName());
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  static Run ok(String... args) {
    Run run = run(args);
    assertThat(run.exit()).as("%s%n%s%s", List.of(args), run.out(), run.err()).isZero();
    return run;
  }

  /** Writes the workbook to {@code workbook} (a T1 2025 workbook holding T2 2025's values too). */
  static Path write(Path workbook) throws IOException {
    ok("init", workbook.toString(), "--period", "2025-T1");
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Row row : book.getSheet("Rapport")) {
        Cell key = row.getCell(0);
        if (key != null && key.toString().equals("Enhet")) {
          row.createCell(1).setCellValue("Socialnämnden");
        }
      }
      Sheet measures = book.getSheet("Styrmått");
      measure(
          measures,
          "M01",
          "Handläggningstid för ekonomiskt bistånd",
          "Högst 14 dagar",
          "Lägre är bättre",
          "dagar",
          "DÅ04,08,ÅR",
          "");
      measure(
          measures,
          "M02",
          "Nöjdhet med bemötandet",
          "I nivå med riket",
          "Högre är bättre",
          "%",
          "DÅ04,08,ÅR",
          "Riket 78 %");
      measure(
          measures,
          "M03",
          "Antal familjehem i egen regi",
          "Öka",
          "Högre är bättre",
          "st",
          "DÅ08, ÅR",
          "");
      measure(
          measures,
          "M04",
          "Andel barnutredningar inom fyra månader",
          "Bättre än riket",
          "Högre är bättre",
          "%",
          "DÅ04,08,ÅR",
          "");
      measure(
          measures,
          "M05",
          "Andel brukare med genomförandeplan",
          "Minst 90 %",
          "Högre är bättre",
          "%",
          "DÅ04,08,ÅR",
          "");
      append(
          measures,
          "ID",
          "M06",
          "Perspektiv",
          "Medarbetare",
          "Strategiskt mål",
          "Attraktiv arbetsgivare",
          "Framgångsfaktor",
          "Hållbar arbetsmiljö",
          "Styrmått",
          "Sjukfrånvaro",
          "Mål",
          "Högst 7 %",
          "Riktning",
          "Lägre är bättre",
          "Enhet",
          "%",
          "Uppföljningsperiod",
          "ÅR");

      Sheet outcomes = book.getSheet("Utfall");
      total(outcomes, "M01", "2024-T2", 16);
      total(outcomes, "M01", "2025-T1", 13);
      total(outcomes, "M01", "2025-T2", 14);
      // M02 has no T2 2024: the T2 trend has nothing to compare with, T1 2025 is no substitute.
      total(outcomes, "M02", "2025-T1", 77);
      total(outcomes, "M02", "2025-T2", 79);
      total(outcomes, "M03", "2024-T2", 5);
      total(outcomes, "M03", "2024-ÅR", 7);
      total(outcomes, "M03", "2025-T2", 4);
      bySex(outcomes, "M04", "2024-T2", 58, 69);
      bySex(outcomes, "M04", "2025-T1", 59, 70);
      bySex(outcomes, "M04", "2025-T2", 60, 70);
      bySex(outcomes, "M04:riket", "2025-T1", 55, 72);
      bySex(outcomes, "M04:riket", "2025-T2", 55, 72);
      total(outcomes, "M05", "2024-T2", 85);
      total(outcomes, "M05", "2025-T1", 88);
      total(outcomes, "M06", "2024-ÅR", 7.4);

      Sheet actions = book.getSheet("Åtgärder");
      action(actions, "1", "Införa digital ansökan om ekonomiskt bistånd");
      action(actions, "4", "Rekrytera fler familjehem");
      Sheet statuses = book.getSheet("Åtgärdsstatus");
      status(statuses, "1", "2025-T1", "Pågår enligt plan", "Upphandling pågår.");
      status(statuses, "1", "2025-T2", "Pågår enligt plan", "Pilot i augusti.");
      status(statuses, "4", "2025-T1", "Klar", "Kampanjen är genomförd.");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    return workbook;
  }

  private static void measure(
      Sheet sheet,
      String id,
      String name,
      String target,
      String polarity,
      String unit,
      String followUp,
      String comparison) {
    append(
        sheet,
        "ID",
        id,
        "Perspektiv",
        "Medborgare",
        "Strategiskt mål",
        "Trygga invånare",
        "Framgångsfaktor",
        "God tillgänglighet",
        "Styrmått",
        name,
        "Mål",
        target,
        "Riktning",
        polarity,
        "Enhet",
        unit,
        "Uppföljningsperiod",
        followUp,
        "Jämförelse",
        comparison);
  }

  private static void total(Sheet sheet, String id, String period, double total) {
    append(sheet, "ID", id, "Period", period, "Totalt", total);
  }

  private static void bySex(Sheet sheet, String id, String period, double women, double men) {
    append(sheet, "ID", id, "Period", period, "Kvinnor", women, "Män", men);
  }

  private static void action(Sheet sheet, String nr, String title) {
    append(
        sheet, "Nr", nr, "Perspektiv", "Medborgare", "Mål", "God tillgänglighet", "Åtgärd", title);
  }

  private static void status(Sheet sheet, String nr, String period, String state, String comment) {
    append(sheet, "Nr", nr, "Period", period, "Status", state, "Kommentar", comment);
  }

  /** Appends a row: column name, value, column name, value … (empty texts leave the cell out). */
  private static void append(Sheet sheet, Object... cells) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int i = 0; i < cells.length; i += 2) {
      Object value = cells[i + 1];
      if (value instanceof String text && text.isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(column(sheet, (String) cells[i]));
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(value.toString());
      }
    }
  }

  private static int column(Sheet sheet, String name) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.toString().strip().equalsIgnoreCase(name)) {
          return cell.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no column " + name + " in " + sheet.getSheetName());
  }
}

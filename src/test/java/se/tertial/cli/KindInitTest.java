package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.testing.ReadInput;

/**
 * {@code init --kind K}: every kind's workbook starts right — an Instruktioner sheet about the
 * sheets that workbook has (never another kind's), a message counting the kind's own rows, and
 * {@code --period} in the kind's natural form (a year for the plan).
 */
class KindInitTest extends CommandLineHarness {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "delarsbilaga, 2022-T1, '0 styrmått och 0 åtgärder'",
    "manadsuppfoljning, 2025-03, '0 uppdrag i bladet Månadsrapport'",
    "uppdragsaterkoppling, 2025-T1, '0 uppdrag i bladet Uppdrag'",
    "verksamhetsplan, 2026-ÅR, '0 styrmått, 0 budgettabeller och 0 risker'"
  })
  void instructionsExplainEverySheetTheKindsWorkbookHasAndNoOther(
      String kind, String period, String contents) throws IOException {
    Path file = dir.resolve(kind + ".xlsx");

    int exit = run("init", file.toString(), "--kind", kind, "--period", period);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .startsWith("Skrev " + file + " för " + period + ": " + contents + ".");
    try (XSSFWorkbook workbook = open(file)) {
      Sheet instructions = workbook.getSheet("Instruktioner");
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      sheets.remove("Instruktioner");
      List<Row> lines = rows(instructions);
      for (Row line : lines) {
        String sheet = text(line, 0);
        assertThat(sheet.equals("Allmänt") || sheets.contains(sheet))
            .as("%s: a line about %s, which the workbook does not have", kind, sheet)
            .isTrue();
      }
      for (String sheet : sheets) {
        for (Cell header : workbook.getSheet(sheet).getRow(0)) {
          String name = header.getStringCellValue();
          boolean explained =
              lines.stream()
                  .filter(l -> text(l, 0).equals(sheet))
                  .anyMatch(l -> names(text(l, 1), sheet).contains(name) || amount(sheet, name));
          assertThat(explained).as("%s explains %s/%s", kind, sheet, name).isTrue();
        }
      }
      // The first line names the sheets to fill in: this workbook's own.
      assertThat(text(lines.get(0), 2))
          .contains(
              "Fyll i bladen "
                  + String.join(", ", sheets.subList(0, sheets.size() - 1))
                  + " och "
                  + sheets.get(sheets.size() - 1)
                  + ".");
      String all =
          String.join("\n", lines.stream().map(l -> text(l, 2) + "\n" + text(l, 3)).toList());
      assertThat(all).contains(period);
      if (!kind.equals("delarsbilaga")) {
        assertThat(all).doesNotContain("Utfallet jämförs", "Åtgärdsstatus");
      }
    }
    // And the workbook reads back clean as its kind, for its period.
    Report report = ReadInput.read(file).report().orElseThrow();
    assertThat(report.info().kind()).isEqualTo(kind);
    assertThat(report.info().period()).isEqualTo(Period.parse(period));
  }

  @Test
  void thePlanTakesAYearAsItsPeriod() {
    Path file = dir.resolve("plan.xlsx");

    int exit = run("init", file.toString(), "--kind", "verksamhetsplan", "--period", "2026");

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("Skrev " + file + " för 2026-ÅR: ");
    assertThat(ReadInput.read(file).report().orElseThrow().info().period())
        .isEqualTo(Period.yearEnd(2026));
    // next-period on the plan takes the next year the same way.
    Path next = dir.resolve("plan-2027.xlsx");
    assertThat(run("next-period", file.toString(), next.toString(), "--period", "2027"))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(ReadInput.read(next).report().orElseThrow().info().period())
        .isEqualTo(Period.yearEnd(2027));
  }

  @Test
  void aYearIsStillNoTertialForTheAppendix() {
    Path file = dir.resolve("bilaga.xlsx");

    int exit = run("init", file.toString(), "--period", "2026");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--period", "\"2026\" är ingen period");
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void nextPeriodOfAMonthlyWorkbookCountsItsItems() {
    Path sample = Path.of("sample-data", "manadsuppfoljning", "manadsuppfoljning.xlsx");
    Path next = dir.resolve("nasta.xlsx");

    int exit = run("next-period", sample.toString(), next.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).containsPattern(": [1-9]\\d* uppdrag i bladet Månadsrapport\\.");
    assertThat(out.toString()).doesNotContain("styrmått");
  }

  /** "Perspektiv, Strategiskt mål" explains both columns. */
  private static Set<String> names(String column, String sheet) {
    return Set.of(column.split(",\\s*"));
  }

  /** A budget's amount columns (2026, Akutram …) are explained together. */
  private static boolean amount(String sheet, String header) {
    return sheet.equals("Budget") && header.matches("\\d{4}");
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<Row> rows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      if (sheet.getRow(r) != null) {
        rows.add(sheet.getRow(r));
      }
    }
    return rows;
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }
}

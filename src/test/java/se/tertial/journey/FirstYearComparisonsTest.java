package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;

/**
 * A unit's first report: last year's values given as Utfall rows for last year's period make
 * "Öka"/"Minska" and the trend work from the start; {@code next-period} writes the empty row for
 * them where it is missing.
 */
class FirstYearComparisonsTest {
  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as("%s%n%s%s", List.of(args), out, err).isEqualTo(expectedExit);
    return out.toString();
  }

  /** The header row of {@code sheet}: the first row with a non-blank cell. */
  private static Row header(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (!cell.toString().isBlank()) {
          return row;
        }
      }
    }
    throw new AssertionError("no header in " + sheet.getSheetName());
  }

  private static int column(Sheet sheet, String name) {
    for (Cell cell : header(sheet)) {
      if (cell.toString().strip().equalsIgnoreCase(name)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name + " in " + sheet.getSheetName());
  }

  /** Appends a row: column name, value, column name, value … */
  private static void append(Sheet sheet, Object... cells) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int i = 0; i < cells.length; i += 2) {
      Cell cell = row.createCell(column(sheet, (String) cells[i]));
      if (cells[i + 1] instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(cells[i + 1].toString());
      }
    }
  }

  /** The rows of Utfall as "ID Period". */
  private static List<String> outcomeRows(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("Utfall");
      int id = column(sheet, "ID");
      int period = column(sheet, "Period");
      List<String> rows = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > header(sheet).getRowNum() && row.getCell(id) != null) {
          rows.add(row.getCell(id).toString() + " " + row.getCell(period).toString());
        }
      }
      return rows;
    }
  }

  /** An empty 2024-T1 workbook from init, filled as an analyst would, with last year's values. */
  private Path firstReport(boolean withLastYear) throws IOException {
    Path workbook = dir.resolve(withLastYear ? "enhet.xlsx" : "utan.xlsx");
    run(0, "init", workbook.toString(), "--period", "2024-T1");
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet info = book.getSheet("Rapport");
      for (Row row : info) {
        if (row.getCell(0) != null && row.getCell(0).toString().equals("Enhet")) {
          row.createCell(1).setCellValue("Förvaltning Test");
        }
      }
      Sheet measures = book.getSheet("Styrmått");
      append(
          measures,
          "ID",
          "M01",
          "Perspektiv",
          "Medborgare",
          "Styrmått",
          "Antal besök",
          "Mål",
          "Öka",
          "Riktning",
          "Högre är bättre");
      append(
          measures,
          "ID",
          "M02",
          "Perspektiv",
          "Medborgare",
          "Styrmått",
          "Väntetid i dagar",
          "Mål",
          "Minska",
          "Riktning",
          "Lägre är bättre");
      Sheet outcomes = book.getSheet("Utfall");
      append(outcomes, "ID", "M01", "Period", "2024-T1", "Totalt", 120);
      append(outcomes, "ID", "M02", "Period", "2024-T1", "Totalt", 30);
      if (withLastYear) {
        append(outcomes, "ID", "M01", "Period", "2023-T1", "Totalt", 100);
        append(outcomes, "ID", "M02", "Period", "2023-T1", "Totalt", 35);
      }
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    return workbook;
  }

  private JsonNode evaluate(Path workbook) throws IOException {
    return new ObjectMapper().readTree(run(0, "evaluate", workbook.toString(), "--format", "json"));
  }

  @Test
  void lastYearsValuesMakeIncreaseAndDecreaseJudgedInTheFirstReport() throws IOException {
    Path without = firstReport(false);
    Path with = firstReport(true);

    // Without last year's values there is nothing to compare with.
    for (JsonNode m : evaluate(without).get("measures")) {
      assertThat(m.get("judgement").asText()).isEqualTo("not_assessed");
    }
    JsonNode judged = evaluate(with).get("measures");
    assertThat(judged.get(0).get("judgement").asText()).isEqualTo("met"); // 100 → 120, Öka
    assertThat(judged.get(0).get("trend").asText()).isEqualTo("improved");
    assertThat(judged.get(1).get("judgement").asText()).isEqualTo("met"); // 35 → 30, Minska
    assertThat(judged.get(1).get("trend").asText()).isEqualTo("improved");

    Path pdf = dir.resolve("bilaga.pdf");
    run(0, "render", with.toString(), "-o", pdf.toString());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      String table = text.substring(text.indexOf("Antal besök", text.indexOf("Medborgare")));
      table = table.substring(0, table.indexOf("Teckenförklaring"));
      assertThat(table).contains("Uppfyllt").doesNotContain("Ej bedömd");
    }
    // A comparison year is not "the period": render --all-periods still sees it as one.
    assertThat(run(0, "check", with.toString())).doesNotContain("2023-T1");
  }

  @Test
  void nextPeriodWritesAnEmptyRowForLastYearsValueOnceWhereItIsMissing() throws IOException {
    Path t1 = firstReport(false);
    Path t2 = dir.resolve("t2.xlsx");
    run(0, "next-period", t1.toString(), t2.toString());

    assertThat(outcomeRows(t2))
        .contains("M01 2023-T2", "M02 2023-T2", "M01 2024-T2", "M02 2024-T2")
        .containsOnlyOnce("M01 2023-T2");
    // Idempotent: carried again for the same period, nothing is added.
    Path again = dir.resolve("t2-igen.xlsx");
    run(0, "next-period", t2.toString(), again.toString(), "--period", "2024-T2");
    assertThat(outcomeRows(again)).isEqualTo(outcomeRows(t2));
    // Left empty, the rows change nothing: no finding names the comparison period.
    assertThat(run(0, "check", t2.toString())).doesNotContain("2023-T2");
  }
}

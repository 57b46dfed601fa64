package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.render.PdfText;

/**
 * The Texter rows an analyst writes beside the known ones: "Sammanfattning" (the Instruktioner
 * sheet's own example) is printed under its heading; a misspelt perspective, a slip of a known
 * Avsnitt and a second Inledning are named in findings with file, sheet, row and column; the plan's
 * "Mål och styrmått" row prints its heading and text. Real POI-written workbooks, PDF text.
 */
class TextPlacesFindingsTest {
  @TempDir Path dir;
  private final InProcessCli cli = new InProcessCli();

  @Test
  void unknownSectionsArePrintedAndMisspeltNamesAreNamedWithTheClosestKnownOne()
      throws IOException {
    Path workbook =
        withTexts(
            "lansjukvard2",
            List.of("Sammanfattning", "Sammanfattning", "Nämnden når de flesta av sina mål."),
            List.of("Perspektiv: Medarbetarna", "", "Medarbetarna mår bra."),
            List.of("Inlednig", "", "En slinka i avsnittets namn."),
            List.of("Inledning", "Inledning", "En andra inledning."));

    cli.run("check", workbook.toString());

    String findings = cli.out();
    int first = 2 + textRows("lansjukvard2");
    assertThat(findings)
        .contains(
            "lansjukvard2.xlsx, blad Texter, rad "
                + (first + 1)
                + ", kolumn Avsnitt: avsnittet \"Perspektiv: Medarbetarna\" skrivs inte ut:"
                + " dokumentet har inget perspektiv som heter \"Medarbetarna\"; menade du"
                + " \"Medarbetare\"?",
            "rad "
                + (first + 2)
                + ", kolumn Avsnitt: avsnittet \"Inlednig\" är inget känt avsnitt och skrivs som"
                + " eget avsnitt under rubriken \"Inlednig\"; menade du \"Inledning\"?",
            "rad "
                + (first + 3)
                + ", kolumn Avsnitt: avsnittet \"Inledning\" står på flera rader för 2022-T1;"
                + " bara den första skrivs ut")
        .doesNotContain("\"Sammanfattning\"");

    Path pdf = dir.resolve("bilaga.pdf");
    assertThat(cli.run("render", workbook.toString(), "-o", pdf.toString())).isZero();
    String text = PdfText.of(pdf);
    assertThat(text)
        .contains("Sammanfattning Nämnden når de flesta av sina mål.")
        .contains("Inlednig En slinka i avsnittets namn.")
        .doesNotContain("En andra inledning.", "Medarbetarna mår bra.");
    // In the table of contents too.
    assertThat(text.indexOf("Sammanfattning")).isLessThan(text.indexOf("Nämnden når"));
  }

  @Test
  void theTextsOfAPerspectiveWithOnlyActionsStandAboveAndBelowItsActions() throws IOException {
    Path workbook =
        withTexts(
            "lansjukvard2",
            List.of("Perspektiv: Samhälle", "", "Regionen samverkar med kommunerna."),
            List.of("Efter perspektiv: Samhälle", "", "Samverkan följs upp i årsrapporten."));
    appendRows(
        workbook,
        "Åtgärder",
        List.of("99", "Samhälle", "Hållbar utveckling", "Samverka om näringslivets kompetens"));
    appendRows(workbook, "Åtgärdsstatus", List.of("99", "2022-T1", "Pågår enligt plan", ""));

    cli.run("check", workbook.toString());
    assertThat(cli.out()).doesNotContain("Samhälle\" skrivs inte ut");

    Path pdf = dir.resolve("bilaga.pdf");
    assertThat(cli.run("render", workbook.toString(), "-o", pdf.toString())).as(cli.err()).isZero();
    String text = PdfText.of(pdf);
    int before = text.indexOf("Regionen samverkar med kommunerna.");
    int action = text.indexOf("Åtgärd: Samverka om näringslivets kompetens");
    int after = text.indexOf("Samverkan följs upp i årsrapporten.");
    assertThat(before).isPositive().isLessThan(action);
    assertThat(after).isGreaterThan(action);
    // In the actions chapter (its heading's second occurrence, after the table of contents).
    String chapter = "Uppföljning av divisionens strategiska åtgärder";
    assertThat(before).isGreaterThan(text.indexOf(chapter, text.indexOf(chapter) + 1));
  }

  @Test
  void thePlanPrintsTheHeadingAndTextOfItsGoalsRowAndNamesAnUnknownBudget() throws IOException {
    Path workbook =
        withTexts(
            "rs-plan-2023", List.of("Budget: Ekonomisk ram 2021", "", "En tabell som inte finns."));
    replaceText(workbook, "Mål och styrmått", "Målen för planperioden", "Målen gäller 2023–2025.");

    cli.run("check", workbook.toString());
    assertThat(cli.out())
        .contains(
            "avsnittet \"Budget: Ekonomisk ram 2021\" skrivs inte ut: dokumentet har ingen"
                + " budgettabell som heter \"Ekonomisk ram 2021\"; menade du \"Ekonomisk ram"
                + " 2022\"?");

    Path pdf = dir.resolve("plan.pdf");
    assertThat(cli.run("render", workbook.toString(), "-o", pdf.toString())).as(cli.err()).isZero();
    String text = PdfText.of(pdf);
    int heading = text.lastIndexOf("Målen för planperioden Målen gäller 2023–2025.");
    assertThat(heading).isPositive();
    // Before the goals it introduces.
    assertThat(text.indexOf("Strategiskt mål:", heading)).isGreaterThan(heading);
  }

  private int textRows(String sample) throws IOException {
    try (InputStream in = Files.newInputStream(source(sample));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      return workbook.getSheet("Texter").getLastRowNum();
    }
  }

  private static Path source(String sample) {
    return Path.of("sample-data", sample, sample + ".xlsx");
  }

  @SafeVarargs
  private Path withTexts(String sample, List<String>... rows) throws IOException {
    Path file = dir.resolve(sample + ".xlsx");
    Files.copy(source(sample), file);
    appendRows(file, "Texter", rows);
    return file;
  }

  /** Appends {@code rows} (cells from column A) below the last row of {@code sheet}. */
  @SafeVarargs
  private static void appendRows(Path file, String sheet, List<String>... rows) throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      Sheet target = workbook.getSheet(sheet);
      for (List<String> cells : rows) {
        Row row = target.createRow(target.getLastRowNum() + 1);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      try (OutputStream os = Files.newOutputStream(file)) {
        workbook.write(os);
      }
    }
  }

  /** Sets Rubrik and Text of the first Texter row with Avsnitt {@code key}. */
  private static void replaceText(Path file, String key, String heading, String text)
      throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      Sheet texts = workbook.getSheet("Texter");
      for (Row row : texts) {
        if (row.getCell(0) != null && row.getCell(0).toString().equals(key)) {
          row.createCell(1).setCellValue(heading);
          row.createCell(2).setCellValue(text);
          break;
        }
      }
      try (OutputStream os = Files.newOutputStream(file)) {
        workbook.write(os);
      }
    }
  }
}

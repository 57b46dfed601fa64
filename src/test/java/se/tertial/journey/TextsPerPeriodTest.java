package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.Section;
import se.tertial.render.PdfText;
import se.tertial.testing.ReadInput;

/**
 * Texts are data of their period: a {@code Texter} row with a {@code Period} is that period's text,
 * a blank one every period's; regenerating a past period prints the texts it was published with;
 * {@code next-period} adds the new period's copies marked {@code Skriv om}; the stale-text check
 * looks both ways; a sheet without the column still works, with a warning when another period than
 * the workbook's is rendered. Real POI-written workbooks, PDF text extracted.
 */
class TextsPerPeriodTest {
  private static final Path SAMPLE = Path.of("sample-data", "lansjukvard2", "lansjukvard2.xlsx");
  private static final String T1_TEXT = "Bilagan visar läget per april 2022 för nämnden.";
  private static final String YEAR_TEXT = "Bilagan hör till nämndens årsredovisning 2022.";

  @TempDir Path dir;
  private final InProcessCli cli = new InProcessCli();

  @Test
  void regeneratingEachPeriodPrintsThatPeriodsOwnTexts() throws IOException {
    Path workbook =
        sample(
            "2022-ÅR",
            List.of("Avsnitt", "Rubrik", "Text", "Period"),
            List.of("Inledning", "Inledning", T1_TEXT, "2022-T1"),
            List.of("Inledning", "Inledning", YEAR_TEXT, "2022-ÅR"),
            List.of("Måluppfyllelse", "Måluppfyllelse i perspektiv", "Balanserad styrning.", ""));
    Path folder = dir.resolve("alla");

    int exit =
        cli.run(
            "render", workbook.toString(), "--period", "2022-T1..2022-ÅR", "-o", folder.toString());

    assertThat(exit).as(cli.err()).isZero();
    String t1 = PdfText.of(inFolder(folder, "2022-T1"));
    String t2 = PdfText.of(inFolder(folder, "2022-T2"));
    String year = PdfText.of(inFolder(folder, "2022-AR"));
    assertThat(t1).contains(T1_TEXT, "Balanserad styrning.").doesNotContain(YEAR_TEXT);
    assertThat(year).contains(YEAR_TEXT, "Balanserad styrning.").doesNotContain(T1_TEXT);
    // T2 has no Inledning of its own and none for every period: none is printed, and it is said.
    assertThat(t2).contains("Balanserad styrning.").doesNotContain(T1_TEXT, YEAR_TEXT);
    assertThat(cli.err())
        .contains("texten Inledning finns för 2022-T1 men inte för 2022-T2")
        .doesNotContain("saknar kolumnen Period");
  }

  @Test
  void aSheetWithoutPeriodColumnWarnsWhenAnotherPeriodIsRenderedAndTheCheckLooksForward()
      throws IOException {
    Path workbook =
        sample(
            "2022-ÅR",
            List.of("Avsnitt", "Rubrik", "Text"),
            List.of("Inledning", "Inledning", YEAR_TEXT));
    Path folder = dir.resolve("alla");

    int exit =
        cli.run(
            "render", workbook.toString(), "--period", "2022-T1..2022-ÅR", "-o", folder.toString());

    assertThat(exit).as(cli.err()).isZero();
    List<String> lines = cli.err().lines().toList();
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains("2022-T1")
                    && l.contains(
                        "bladet Texter saknar kolumnen Period: texterna är skrivna för"
                            + " arbetsbokens period 2022-ÅR, men dokumentet gäller 2022-T1"));
    // Looking forward: a T1 document that speaks of the year-end report.
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains("blad Texter, rad 2, kolumn Text:")
                    && l.contains(
                        "texten Inledning nämner \"årsredovisning 2022\" (2022-ÅR) men dokumentet"
                            + " gäller 2022-T1"));
    // The workbook's own period is rendered without either warning.
    assertThat(cli.run("check", workbook.toString())).isIn(0, 1);
    assertThat(cli.err() + cli.out())
        .doesNotContain("saknar kolumnen Period", "årsredovisning 2022\"");
  }

  @Test
  void nextPeriodCopiesTheTextsMarkedForRewritingAndCheckWarnsUntilTheyAre() throws IOException {
    Path t1 =
        sample(
            "2022-T1",
            List.of("Avsnitt", "Rubrik", "Text"),
            List.of("Inledning", "Inledning", T1_TEXT),
            List.of("Måluppfyllelse", "Måluppfyllelse i perspektiv", "Balanserad styrning."));
    Path t2 = dir.resolve("t2.xlsx");

    assertThat(cli.run("next-period", t1.toString(), t2.toString())).as(cli.err()).isZero();
    // The copy still names the old period: said when it is made.
    assertThat(cli.err()).contains("texten nämner föregående period (\"per april\"");

    Report report = ReadInput.read(t2).report().orElseThrow();
    assertThat(report.sections())
        .extracting(s -> s.key() + "|" + code(s.period()) + "|" + s.rewrite())
        .containsExactly(
            "Inledning|2022-T1|false",
            "Måluppfyllelse|2022-T1|false",
            "Inledning|2022-T2|true",
            "Måluppfyllelse|2022-T2|true");
    cli.run("check", t2.toString());
    assertThat(cli.out())
        .contains(
            "blad Texter, rad 4, kolumn Skriv om: texten Inledning för 2022-T2 är en oförändrad"
                + " kopia av föregående periods text",
            "texten Måluppfyllelse för 2022-T2 är en oförändrad kopia");

    // Rewritten but still marked: a gentler warning; cleared: none.
    setTexter(t2, 4, "Text", "Bilagan visar läget per augusti 2022.");
    cli.run("check", t2.toString());
    assertThat(cli.out())
        .contains("texten Inledning för 2022-T2 är markerad Skriv om; töm cellen")
        .doesNotContain("texten Inledning för 2022-T2 är en oförändrad kopia");
    setTexter(t2, 4, "Skriv om", "");
    cli.run("check", t2.toString());
    assertThat(cli.out()).doesNotContain("texten Inledning för 2022-T2");

    // The T2 workbook still renders T1 exactly as it was published.
    Path t1Again = dir.resolve("t1-igen.pdf");
    assertThat(cli.run("render", t2.toString(), "--period", "2022-T1", "-o", t1Again.toString()))
        .as(cli.err())
        .isZero();
    String text = PdfText.of(t1Again);
    assertThat(text).contains(T1_TEXT).doesNotContain("per augusti 2022.");
    Path t2Pdf = dir.resolve("t2.pdf");
    assertThat(cli.run("render", t2.toString(), "-o", t2Pdf.toString())).isZero();
    assertThat(PdfText.of(t2Pdf))
        .contains("Bilagan visar läget per augusti 2022.")
        .doesNotContain(T1_TEXT);
  }

  @Test
  void nextPeriodFromACsvFolderDatesTheOldTextsAndCopiesThem() {
    Path t2 = dir.resolve("t2.xlsx");

    assertThat(cli.run("next-period", "sample-data/lansjukvard2/csv", t2.toString()))
        .as(cli.err())
        .isZero();

    Report report = ReadInput.read(t2).report().orElseThrow();
    long old =
        report.sections().stream().filter(s -> Period.parse("2022-T1").equals(s.period())).count();
    List<Section> copies =
        report.sections().stream().filter(s -> Period.parse("2022-T2").equals(s.period())).toList();
    assertThat(old).isPositive().isEqualTo(copies.size());
    assertThat(copies).allMatch(Section::rewrite);
    assertThat(report.texts()).isEqualTo(copies);
    assertThat(report.forPeriod(Period.parse("2022-T1")).texts()).noneMatch(Section::rewrite);
  }

  private static String code(Period p) {
    return p == null ? "" : p.code();
  }

  /** The sample workbook with Rapport's Period set and Texter replaced by {@code rows}. */
  @SafeVarargs
  private Path sample(String period, List<String> header, List<String>... rows) throws IOException {
    Path file = dir.resolve("namnd-" + period.replace("Å", "A") + ".xlsx");
    try (InputStream in = Files.newInputStream(SAMPLE);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet info = workbook.getSheet("Rapport");
      for (Row row : info) {
        if (row.getCell(0) != null && row.getCell(0).toString().equals("Period")) {
          row.getCell(1).setCellValue(period);
        }
        if (row.getCell(0) != null && row.getCell(0).toString().equals("Titel")) {
          row.getCell(1).setCellValue("");
        }
      }
      int index = workbook.getSheetIndex("Texter");
      workbook.removeSheetAt(index);
      Sheet texts = workbook.createSheet("Texter");
      workbook.setSheetOrder("Texter", index);
      write(texts.createRow(0), header);
      for (int r = 0; r < rows.length; r++) {
        write(texts.createRow(r + 1), rows[r]);
      }
      try (OutputStream os = Files.newOutputStream(file)) {
        workbook.write(os);
      }
    }
    return file;
  }

  /** Sets one cell of Texter (1-based row as Excel shows it) by its header. */
  private static void setTexter(Path file, int row, String column, String value)
      throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    try (workbook) {
      Sheet texts = workbook.getSheet("Texter");
      int c = -1;
      for (Cell cell : texts.getRow(0)) {
        if (cell.getStringCellValue().equals(column)) {
          c = cell.getColumnIndex();
        }
      }
      assertThat(c).as(column).isNotNegative();
      Row r = texts.getRow(row - 1);
      Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
      cell.setCellValue(value);
      try (OutputStream os = Files.newOutputStream(file)) {
        workbook.write(os);
      }
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  /** The one PDF of {@code folder} for a period, whatever the output naming puts before it. */
  private static Path inFolder(Path folder, String period) throws IOException {
    try (var files = Files.list(folder)) {
      List<Path> found =
          files.filter(f -> f.getFileName().toString().endsWith("-" + period + ".pdf")).toList();
      assertThat(found).as("the PDF for %s in %s", period, folder).hasSize(1);
      return found.get(0);
    }
  }
}

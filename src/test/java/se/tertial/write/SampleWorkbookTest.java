package se.tertial.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/**
 * The sample's CSV folder, its committed workbook, a freshly generated workbook and a copy saved by
 * LibreOffice Calc all read to the same report.
 */
class SampleWorkbookTest {
  static final Path SAMPLE = Path.of("sample-data/lansjukvard2");
  static final Path CSV = SAMPLE.resolve("csv");
  static final Path XLSX = SAMPLE.resolve("lansjukvard2.xlsx");
  static final Path LIBREOFFICE =
      Path.of("src/test/resources/libreoffice/lansjukvard2-libreoffice.xlsx");

  @TempDir Path dir;

  private static Report read(Path input) {
    ReadResult result = ReadInput.read(input);
    // The transcription keeps the original's misspelt status and its footnote marker without
    // text (the seed has none), both of which must be warned about.
    assertThat(result.findings())
        .map(Finding::code)
        .containsExactly("footnote.bare", "status.misspelt");
    assertThat(result.findings().get(1).toString())
        .endsWith("rad 19, kolumn Status: \"Ej fåbörjats\" är felstavat; skriv \"Ej påbörjad\"");
    return result.report().orElseThrow();
  }

  private static void assertSameReport(Report actual, Report expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*where")
        .isEqualTo(expected);
  }

  @Test
  void csvSampleHasTheWholeAppendix() {
    Report report = read(CSV);

    assertThat(report.measures()).hasSize(15);
    assertThat(report.actions()).hasSize(40);
    assertThat(report.statuses()).hasSize(40);
    assertThat(report.info().unit()).isEqualTo("Division Länssjukvård 2");
  }

  @Test
  void committedWorkbookReadsLikeTheCsvFolder() {
    assertSameReport(read(XLSX), read(CSV));
  }

  @Test
  void regeneratedWorkbookReadsLikeTheCsvFolder() throws IOException {
    Path fresh = dir.resolve("lansjukvard2.xlsx");
    SampleWorkbookBuilder.build(CSV, fresh);

    assertSameReport(read(fresh), read(CSV));
  }

  @Test
  void workbookSavedByLibreOfficeReadsLikeTheCsvFolder() {
    assertSameReport(read(LIBREOFFICE), read(CSV));
  }

  @Test
  void writtenWorkbookHasStyledFrozenHeadersPercentCellsAndDropdowns() throws IOException {
    try (InputStream in = Files.newInputStream(XLSX);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
      XSSFSheet outcomes = workbook.getSheet("Utfall");
      assertThat(outcomes.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(outcomes.getPaneInformation().isFreezePane()).isTrue();
      var m01Women = outcomes.getRow(1).getCell(2);
      assertThat(m01Women.getNumericCellValue()).isEqualTo(0.41);
      assertThat(m01Women.getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(validatedColumns(workbook.getSheet("Åtgärdsstatus"))).contains("Status");
      assertThat(validatedColumns(outcomes)).contains("Bedömning");
      assertThat(validatedColumns(workbook.getSheet("Styrmått")))
          .contains("Riktning", "Perspektiv");
      assertThat(workbook.getSheet("Texter").getColumnWidth(2)).isGreaterThan(50 * 256);
    }
  }

  private static List<String> validatedColumns(XSSFSheet sheet) {
    return sheet.getDataValidations().stream()
        .map(DataValidation::getRegions)
        .map(r -> r.getCellRangeAddress(0).getFirstColumn())
        .map(c -> sheet.getRow(0).getCell(c).getStringCellValue())
        .toList();
  }

  @Test
  void emptyReportGivesATemplateThatReadsBack() throws IOException {
    Report sample = read(CSV);
    Report empty = new Report(sample.info(), List.of(), List.of(), List.of(), List.of(), List.of());
    Path template = dir.resolve("mall.xlsx");

    WorkbookWriter.write(empty, template);

    ReadResult result = ReadInput.read(template);
    assertThat(result.findings()).isEmpty();
    assertSameReport(result.report().orElseThrow(), empty);
  }
}

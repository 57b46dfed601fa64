package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Finding;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.testing.ReadInput;

/** What only workbooks have: typed cells, formats, formulas, hidden and merged cells. */
class XlsxReaderTest {
  @TempDir Path dir;

  /** The fixture as a workbook, changed by {@code edit} with POI before it is read. */
  private ReadResult readEdited(Consumer<XSSFWorkbook> edit) throws IOException {
    Path plain = new Fixture().writeXlsx(dir.resolve("plain.xlsx"));
    Path edited = dir.resolve("in.xlsx");
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      edit.accept(workbook);
      workbook.write(out);
    }
    return ReadInput.read(edited);
  }

  private static CellStyle format(XSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private static Outcome firstOutcome(ReadResult result) {
    // M01 is a share: the negative values here test number parsing only; that a negative share
    // is a warning is the corpus case csv-negative-share.
    assertThat(result.findings()).filteredOn(f -> !f.code().equals("share.negative")).isEmpty();
    return result.report().orElseThrow().outcomes().get(0);
  }

  @ParameterizedTest(name = "{0} formatted {1} reads as {2}")
  @CsvSource({
    "0.41, 0%, 41",
    "0.084, 0.0%, 8.4",
    "0.4, 0.0%, 40.0",
    "0.0843, 0%, 8.43",
    "41, 0, 41",
    "8.4, 0.0, 8.4",
    "14.5, General, 14.5",
    "-17.7, 0.0, -17.7"
  })
  void numericCellsAreReadInTheUnitsShown(double value, String format, String expected)
      throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(2);
              cell.setCellValue(value);
              cell.setCellStyle(format(wb, format));
            });

    assertThat(firstOutcome(result).women()).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void percentFormattedCellIsReadAsPercentUnits() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(3);
              cell.setCellValue(0.41);
              cell.setCellStyle(format(wb, "0 %"));
            });

    assertThat(firstOutcome(result).men()).isEqualTo(new BigDecimal("41"));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "41%|41",
        "41 %|41",
        "8,4%|8.4",
        "-17,7 mnkr|-17.7",
        "\u221217,7|-17.7",
        "1\u00a0234,5|1234.5",
        "1 234,5|1234.5"
      })
  void numbersWrittenAsTextAreReadTheSwedishWay(String text, String expected) throws IOException {
    ReadResult result =
        readEdited(wb -> wb.getSheet("Utfall").getRow(1).createCell(2).setCellValue(text));

    assertThat(firstOutcome(result).women()).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void formulaCellsGiveTheirCachedValue() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(2);
              cell.setCellFormula("20+21");
              cell.setCellValue(41); // the cached value Excel would have stored
            });

    assertThat(firstOutcome(result).women()).isEqualTo(new BigDecimal("41"));
  }

  @Test
  void formulaWithAnErrorValueIsAnErrorNamingTheCell() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(2);
              cell.setCellFormula("1/0");
              cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
              var ref = wb.getSheet("Utfall").getRow(2).createCell(6);
              ref.setCellFormula("#REF!+1");
              ref.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
            });

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "in.xlsx, blad Utfall, rad 2, kolumn Kvinnor: formeln ger felvärdet #DIV/0!",
            "in.xlsx, blad Utfall, rad 3, kolumn Kommentar: formeln ger felvärdet #REF!");
  }

  @Test
  void realDateCellsAreReadAsDates() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Rapport").getRow(5).createCell(1);
              cell.setCellValue(LocalDate.of(2022, 6, 1));
              cell.setCellStyle(format(wb, "yyyy-mm-dd"));
            });

    assertThat(result.findings()).isEmpty();
    assertThat(result.report().orElseThrow().info().publicationDate())
        .isEqualTo(LocalDate.of(2022, 6, 1));
  }

  @Test
  void dateCellInAPeriodColumnIsReadAsItsMonth() throws IOException {
    // Excel turns a typed 2022-04 into the date 2022-04-01.
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(1);
              cell.setCellValue(LocalDate.of(2022, 4, 1));
              cell.setCellStyle(format(wb, "yyyy-mm"));
            });

    Report report = result.report().orElseThrow();
    assertThat(report.outcomes().get(0).period()).isEqualTo(Period.month(2022, 4));
  }

  @Test
  void dateCellInANumberColumnIsAnError() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              var cell = wb.getSheet("Utfall").getRow(1).createCell(2);
              cell.setCellValue(LocalDate.of(2022, 4, 1));
              cell.setCellStyle(format(wb, "yyyy-mm-dd"));
            });

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "in.xlsx, blad Utfall, rad 2, kolumn Kvinnor: är ett datum (2022-04-01), inget tal");
  }

  @Test
  void hiddenSheetsAndRowsAreReadAndBlankRowsSkipped() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              wb.setSheetVisibility(wb.getSheetIndex("Åtgärdsstatus"), SheetVisibility.VERY_HIDDEN);
              Sheet outcomes = wb.getSheet("Utfall");
              outcomes.getRow(2).setZeroHeight(true);
              // A styled blank row and a phantom row far below, as LibreOffice leaves them.
              Row blank = outcomes.createRow(5);
              blank.createCell(0).setCellStyle(format(wb, "0"));
              outcomes.createRow(1000).createCell(4).setCellValue("  ");
            });

    assertThat(result.findings()).isEmpty();
    Report report = result.report().orElseThrow();
    assertThat(report.outcomes()).hasSize(2);
    assertThat(report.statuses()).hasSize(2);
  }

  @Test
  void mergedHeaderCellsGiveAMissingColumnFindingNotACrash() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              Sheet outcomes = wb.getSheet("Utfall");
              outcomes.getRow(0).getCell(1).setBlank();
              outcomes.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            });

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly("in.xlsx, blad Utfall, rad 1: kolumnen Period saknas");
    assertThat(result.report()).isEmpty();
  }

  @Test
  void headerBelowTitleRowsIsFound() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              Sheet outcomes = wb.getSheet("Utfall");
              outcomes.shiftRows(0, outcomes.getLastRowNum(), 2);
            });

    assertThat(result.findings()).isEmpty();
    assertThat(result.report().orElseThrow().outcomes().get(0).where().row()).isEqualTo(4);
  }

  @Test
  void asciiFoldedSheetNamesAreAccepted() throws IOException {
    ReadResult result =
        readEdited(
            wb -> {
              wb.setSheetName(wb.getSheetIndex("Styrmått"), "styrmatt");
              wb.setSheetName(wb.getSheetIndex("Åtgärder"), "ATGARDER ");
            });

    assertThat(result.findings()).isEmpty();
  }
}

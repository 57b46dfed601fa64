package se.tertial.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.files.Logo;
import se.tertial.model.ActionStatus;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * {@code next-period} on an analyst's own workbook, for every report kind: the analyst's sheet with
 * a formula, extra column, fill, data validation, comment and defined name survive; {@code check}
 * on the result has no carried-over warnings; the result renders; and the input is never changed.
 */
class WorkbookCarryTest {
  @TempDir Path dir;

  private static Report read(Path input) {
    ReadResult read = ReadInput.read(input);
    assertThat(read.hasErrors()).as("%s", read.findings()).isFalse();
    return read.report().orElseThrow();
  }

  /** The sample of a kind as the analyst's workbook, with the analyst's own additions. */
  private Path analystWorkbook(String sample, String mainSheet) throws IOException {
    Path file = dir.resolve(sample + ".xlsx");
    WorkbookWriter.write(read(Path.of("sample-data", sample, "csv")), file);
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    XSSFSheet main = workbook.getSheet(mainSheet);
    XSSFRow header = main.getRow(0);
    int extra = header.getLastCellNum();
    header.createCell(extra).setCellValue("Kontaktperson");
    main.getRow(1).createCell(extra).setCellValue("Anna Analytiker");
    main.setColumnWidth(extra, 31 * 256);
    CellStyle fill = workbook.createCellStyle();
    fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    main.getRow(1).getCell(extra).setCellStyle(fill);
    Comment comment =
        main.createDrawingPatriarch()
            .createCellComment(workbook.getCreationHelper().createClientAnchor());
    comment.setString(workbook.getCreationHelper().createRichTextString("Fråga Anna"));
    main.getRow(1).getCell(0).setCellComment(comment);

    XSSFSheet notes = workbook.createSheet("Anteckningar");
    notes.createRow(0).createCell(0).setCellValue(21);
    notes.getRow(0).createCell(1).setCellFormula("A1*2");
    DataValidationHelper helper = notes.getDataValidationHelper();
    notes.addValidationData(
        helper.createValidation(
            helper.createExplicitListConstraint(new String[] {"Ja", "Nej"}),
            new CellRangeAddressList(0, 10, 2, 2)));
    Name name = workbook.createName();
    name.setNameName("Dubbelt");
    name.setRefersToFormula("Anteckningar!$B$1");
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
    return file;
  }

  @ParameterizedTest
  @CsvSource({
    "lansjukvard2, Utfall, 2022-T2",
    "uppdrag-rd, Uppdragsstatus, 2017-01",
    "manadsuppfoljning, Månadsrapport, 2025-06",
    "rs-plan-2023, Styrmått, 2024-ÅR"
  })
  void keepsTheAnalystsWorkForEveryKind(String sample, String mainSheet, String next)
      throws IOException {
    Path input = analystWorkbook(sample, mainSheet);
    byte[] before = Files.readAllBytes(input);
    Report old = read(input);
    Period to = Period.parse(next);
    Path target = dir.resolve(sample + "-next.xlsx");

    WorkbookCarry.carry(input, old, to, target, false);

    assertThat(Files.readAllBytes(input)).as("the input is never changed").isEqualTo(before);
    try (InputStream in = Files.newInputStream(target);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet main = workbook.getSheet(mainSheet);
      int extra = main.getRow(0).getLastCellNum() - 1;
      assertThat(main.getRow(0).getCell(extra).getStringCellValue()).isEqualTo("Kontaktperson");
      XSSFCell contact = main.getRow(1).getCell(extra);
      assertThat(contact.getStringCellValue()).isEqualTo("Anna Analytiker");
      assertThat(contact.getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(main.getColumnWidth(extra)).isEqualTo(31 * 256);
      assertThat(main.getRow(1).getCell(0).getCellComment().getString().getString())
          .isEqualTo("Fråga Anna");
      XSSFSheet notes = workbook.getSheet("Anteckningar");
      assertThat(notes.getRow(0).getCell(1).getCellFormula()).isEqualTo("A1*2");
      assertThat(notes.getDataValidations()).hasSize(1);
      assertThat(
              notes.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
          .containsExactly("Ja", "Nej");
      assertThat(workbook.getName("Dubbelt").getRefersToFormula()).isEqualTo("Anteckningar!$B$1");
    }
    ReadResult carried = ReadInput.read(target);
    assertThat(carried.hasErrors()).as("%s", carried.findings()).isFalse();
    Report report = carried.report().orElseThrow();
    assertThat(report.info().period()).isEqualTo(to);
    assertThat(report.info().kind()).isEqualTo(old.info().kind());
    assertThat(messages(carried)).noneMatch(m -> m.contains("finns redan"));

    var evaluation = new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, to);
    byte[] pdf =
        new DocumentRenderer(
                TemplateEngine.bundled(),
                new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, null))
            .render(evaluation, Logo.beside(target));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle())
          .doesNotContain(old.info().period().label());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "lansjukvard2, Utfall, 2022-T2",
    "uppdrag-rd, Uppdragsstatus, 2017-01",
    "manadsuppfoljning, Månadsrapport, 2025-06"
  })
  void isIdempotent(String sample, String mainSheet, String next) throws IOException {
    Path input = analystWorkbook(sample, mainSheet);
    Report old = read(input);
    Period to = Period.parse(next);
    Path first = dir.resolve("first.xlsx");
    Path second = dir.resolve("second.xlsx");
    Path again = dir.resolve("again.xlsx");

    WorkbookCarry.carry(input, old, to, first, false);
    WorkbookCarry.carry(input, old, to, second, false);
    WorkbookCarry.carry(first, read(first), to, again, false);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(rowCount(again, mainSheet)).isEqualTo(rowCount(first, mainSheet));
    assertThat(rowCount(first, mainSheet)).isGreaterThan(rowCount(input, mainSheet));
  }

  @Test
  void carriesFinishedAndCancelledActionsAsSuchWithoutMissingStatusWarnings() throws IOException {
    Path input = analystWorkbook("lansjukvard2", "Utfall");
    try (InputStream in = Files.newInputStream(input);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet statuses = workbook.getSheet("Åtgärdsstatus");
      statuses.getRow(1).getCell(2).setCellValue("Genomförd"); // action 1
      statuses.getRow(2).getCell(2).setCellValue("Avbruten"); // action 2
      try (OutputStream out = Files.newOutputStream(input)) {
        workbook.write(out);
      }
    }
    Path t2 = dir.resolve("t2.xlsx");
    Path year = dir.resolve("ar.xlsx");

    WorkbookCarry.carry(input, read(input), Period.parse("2022-T2"), t2, false);
    WorkbookCarry.carry(t2, read(t2), Period.parse("2022-ÅR"), year, false);

    ReadResult result = ReadInput.read(year);
    Report report = result.report().orElseThrow();
    assertThat(report.status("1", Period.parse("2022-ÅR")))
        .map(ActionStatus::comment)
        .contains("Genomförd under T1 2022.");
    assertThat(report.status("2", Period.parse("2022-ÅR")))
        .map(s -> s.state().label())
        .contains("Avbruten");
    assertThat(messages(result))
        .noneMatch(
            m -> m.contains("åtgärd 1 saknar status") || m.contains("åtgärd 2 saknar status"))
        .anyMatch(m -> m.contains("åtgärd 3 saknar status för 2022-ÅR"));
  }

  @Test
  void movesThePeriodAndTitleKeepsTheOldDateAndWarnsAboutTextsNamingTheOldPeriod()
      throws IOException {
    Path input = analystWorkbook("lansjukvard2", "Utfall");
    Path target = dir.resolve("t2.xlsx");

    List<Finding> warnings =
        WorkbookCarry.carry(input, read(input), Period.parse("2022-T2"), target, false);

    Report report = read(target);
    assertThat(report.info().title()).isEqualTo("Bilaga till delårsrapport per augusti 2022");
    assertThat(report.info().publicationDate()).isNull();
    assertThat(report.info().publicationDate(Period.parse("2022-T1"))).hasToString("2022-05-31");
    // The warning is about the copy made for T2 (the sheet's rows after the originals); the
    // original on row 2 stays T1's, which may name T1.
    int copyOfRow2 = 2 + read(input).sections().size();
    assertThat(warnings)
        .map(Finding::toString)
        .anyMatch(
            w ->
                w.contains("blad Texter, rad " + copyOfRow2 + ", kolumn Text")
                    && w.contains("per april"))
        .noneMatch(w -> w.contains("blad Texter, rad 2, "));
  }

  private static List<String> messages(ReadResult result) {
    List<String> list = new ArrayList<>();
    result.findings().forEach(f -> list.add(f.toString()));
    return list;
  }

  private static int rowCount(Path file, String sheet) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      return workbook.getSheet(sheet).getPhysicalNumberOfRows();
    }
  }
}

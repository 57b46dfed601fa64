package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.cli.TertialCommand;
import se.tertial.kind.plan.PlanData;
import se.tertial.model.Measure;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/**
 * {@code init --kind} and {@code next-period} for every built-in kind: the workbook has the kind's
 * own sheets (from its module's {@code sheets()} hook), {@code check} reads it clean, and a plan
 * keeps its Ingångsvärde column and Riskbedömning sheet.
 */
class KindWorkbooksTest {
  private static final Path SAMPLES = Path.of("sample-data");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static List<String> sheetNames(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      return names;
    }
  }

  @ParameterizedTest
  @CsvSource({
    "delarsbilaga, 2024-T2, Styrmått|Utfall|Åtgärder|Åtgärdsstatus",
    "uppdragsaterkoppling, 2024-05, Uppdrag|Uppdragsstatus",
    "manadsuppfoljning, 2024-05, Månadsrapport",
    "verksamhetsplan, 2024-ÅR, Styrmått|Budget|Riskbedömning"
  })
  void initGivesTheKindsOwnSheetsAndAWorkbookCheckReadsClean(
      String kind, String period, String sheets) throws IOException {
    Path file = dir.resolve(kind + ".xlsx");

    assertThat(run("init", file.toString(), "--kind", kind, "--period", period)).isZero();

    assertThat(sheetNames(file)).contains(sheets.split("\\|")).contains("Rapport", "Texter");
    assertThat(run("check", "--strict", file.toString())).as(out + "" + err).isZero();
    Report report = ReadInput.read(file).report().orElseThrow();
    assertThat(report.info().kind()).isEqualTo(kind);
    assertThat(report.info().period()).isEqualTo(Period.parse(period));
  }

  @Test
  void anUnknownKindIsAUsageErrorListingTheRegistrysKinds() {
    assertThat(run("init", dir.resolve("x.xlsx").toString(), "--kind", "årsbok")).isEqualTo(2);

    assertThat(err.toString())
        .contains("okänd rapporttyp \"årsbok\"")
        .contains("delarsbilaga, uppdragsaterkoppling, manadsuppfoljning eller verksamhetsplan");
    assertThat(dir.resolve("x.xlsx")).doesNotExist();
  }

  @Test
  void aFilledPlanFromInitIsCleanAndNextPeriodKeepsItsBaselinesAndRisks() throws IOException {
    Path plan = dir.resolve("plan.xlsx");
    assertThat(run("init", plan.toString(), "--kind", "verksamhetsplan", "--period", "2024-ÅR"))
        .isZero();
    try (InputStream in = Files.newInputStream(plan);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      append(
          workbook.getSheet("Styrmått"),
          Map.of(
              "ID", "P01",
              "Perspektiv", "Samhälle",
              "Strategiskt mål", "Ett livskraftigt län",
              "Framgångsfaktor", "Attraktiva livsmiljöer",
              "Styrmått", "Antal vårdkontakter på filialer",
              "Mål", "Öka",
              "Ingångsvärde", "2023: 2 403"));
      append(
          workbook.getSheet("Budget"),
          Map.of("Tabell", "Ram", "Rad", "Anslag", "Enhet", "mnkr", "2024", 8675.5));
      append(
          workbook.getSheet("Riskbedömning"),
          Map.of(
              "Nr", 1.0,
              "Framgångsfaktor", "Attraktiva livsmiljöer",
              "Risk", "Verksamhet koncentreras",
              "Sannolikhet", 2.0,
              "Konsekvensgrad", 3.0,
              "Riskvärde", 6.0));
      try (OutputStream o = Files.newOutputStream(plan)) {
        workbook.write(o);
      }
    }
    assertThat(run("check", "--strict", plan.toString())).as(out + "" + err).isZero();

    Path next = dir.resolve("plan-2025.xlsx");
    assertThat(run("next-period", plan.toString(), next.toString())).as(err.toString()).isZero();

    Report carried = ReadInput.read(next).report().orElseThrow();
    assertThat(carried.info().period()).isEqualTo(Period.parse("2025-ÅR"));
    assertThat(carried.measures()).extracting(Measure::baseline).containsExactly("2023: 2 403");
    PlanData data = (PlanData) carried.data();
    assertThat(data.risks()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(6));
    assertThat(data.budgets())
        .singleElement()
        .satisfies(t -> assertThat(t.unit()).isEqualTo("mnkr"));
  }

  @Test
  void nextPeriodFromThePlansCsvKeepsBaselinesBudgetsAndRisks() {
    Path csv = SAMPLES.resolve("rs-plan-2023/csv");
    Path next = dir.resolve("plan-2024.xlsx");

    assertThat(run("next-period", csv.toString(), next.toString())).as(err.toString()).isZero();

    Report before = ReadInput.read(csv).report().orElseThrow();
    ReadResult read = ReadInput.read(next);
    assertThat(read.hasErrors()).as(read.findings().toString()).isFalse();
    Report after = read.report().orElseThrow();
    assertThat(after.info().period()).isEqualTo(Period.parse("2024-ÅR"));
    assertThat(after.measures())
        .extracting(Measure::baseline)
        .containsExactlyElementsOf(before.measures().stream().map(Measure::baseline).toList())
        .anyMatch(b -> !b.isEmpty());
    PlanData was = (PlanData) before.data();
    PlanData is = (PlanData) after.data();
    assertThat(is.risks()).hasSameSizeAs(was.risks()).isNotEmpty();
    for (int i = 0; i < was.risks().size(); i++) {
      assertThat(is.risks().get(i))
          .usingRecursiveComparison()
          .ignoringFields("where")
          .isEqualTo(was.risks().get(i));
    }
    assertThat(is.budgets())
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*where")
        .isEqualTo(was.budgets());
  }

  @ParameterizedTest
  @CsvSource({
    "uppdrag-rd/csv, Uppdragsstatus",
    "manadsuppfoljning/csv, Månadsrapport",
    "lansjukvard2/csv, Utfall"
  })
  void nextPeriodFromEachKindsCsvGivesAWorkbookCheckAccepts(String sample, String sheet)
      throws IOException {
    Path next = dir.resolve("next.xlsx");

    assertThat(run("next-period", SAMPLES.resolve(sample).toString(), next.toString()))
        .as(err.toString())
        .isZero();

    assertThat(sheetNames(next)).contains(sheet);
    ReadResult read = ReadInput.read(next);
    assertThat(read.hasErrors()).as(read.findings().toString()).isFalse();
    Report before = ReadInput.read(SAMPLES.resolve(sample)).report().orElseThrow();
    assertThat(read.report().orElseThrow().data().getClass()).isEqualTo(before.data().getClass());
  }

  /** Appends a row under the header, each value in the column of that name. */
  private static void append(XSSFSheet sheet, Map<String, Object> values) {
    Row header = sheet.getRow(0);
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    int found = 0;
    for (Cell cell : header) {
      Object value = values.get(cell.getStringCellValue());
      if (value instanceof String text) {
        row.createCell(cell.getColumnIndex()).setCellValue(text);
        found++;
      } else if (value instanceof Double number) {
        row.createCell(cell.getColumnIndex()).setCellValue(number);
        found++;
      }
    }
    assertThat(found).as("columns of " + sheet.getSheetName()).isEqualTo(values.size());
  }
}

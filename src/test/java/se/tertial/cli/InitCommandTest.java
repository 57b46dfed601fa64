package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tertial.model.Finding;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/** {@code tertial init} and {@code next-period}, driven in-process on real files. */
class InitCommandTest extends CommandLineHarness {
  static final Period T1 = Period.parse("2022-T1");
  static final Period T2 = Period.parse("2022-T2");

  private static Report sample() {
    return ReadInput.read(SAMPLE).report().orElseThrow();
  }

  @Test
  void emptyWorkbookIsReadByCheckWithoutAnyFinding() {
    Path file = dir.resolve("enhet.xlsx");

    int exit = run("init", file.toString(), "--period", "2022-T1");

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .startsWith("Skrev " + file + " för 2022-T1: 0 styrmått och 0 åtgärder.");
    assertThat(err.toString()).isEmpty();
    // No measures and no actions, so there is nothing to miss: not even a "saknar utfall".
    assertThat(run("check", "--strict", file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines()).containsExactly("Inga anmärkningar.");
    Report report = ReadInput.read(file).report().orElseThrow();
    assertThat(report.info().period()).isEqualTo(T1);
    assertThat(report.measures()).isEmpty();
    assertThat(report.outcomes()).isEmpty();
  }

  @Test
  void emptyWorkbookHasEverySheetFieldDropdownFrozenHeaderAndInstructions() throws IOException {
    Path file = dir.resolve("enhet.xlsx");
    assertThat(run("init", file.toString(), "--period", "2022-T2")).isEqualTo(ExitCodes.OK);

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(Stream.of(0, 1, 2, 3, 4, 5, 6).map(workbook::getSheetName))
          .containsExactly(
              "Rapport",
              "Styrmått",
              "Utfall",
              "Åtgärder",
              "Åtgärdsstatus",
              "Texter",
              "Instruktioner");
      for (int s = 0; s < 6; s++) {
        XSSFSheet sheet = workbook.getSheetAt(s);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getColumnWidth(1)).as(sheet.getSheetName()).isGreaterThan(8 * 256);
      }
      XSSFSheet info = workbook.getSheet("Rapport");
      assertThat(column(info, 0))
          .containsExactly(
              "Fält",
              "Titel",
              "Organisation",
              "Enhet",
              "Period",
              "Dokument-ID",
              "Version",
              "Ansvarig",
              "Upprättad av",
              "Publiceringsdatum",
              "Toleransgräns",
              "Rapporttyp");
      assertThat(info.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2022-T2");
      List<String> perspectives =
          List.of("Samhälle", "Medborgare", "Verksamhet", "Medarbetare", "Ekonomi");
      assertThat(dropdown(workbook.getSheet("Styrmått"), "Perspektiv")).isEqualTo(perspectives);
      assertThat(dropdown(workbook.getSheet("Åtgärder"), "Perspektiv")).isEqualTo(perspectives);
      assertThat(dropdown(workbook.getSheet("Styrmått"), "Riktning"))
          .containsExactly("Högre är bättre", "Lägre är bättre");
      assertThat(dropdown(workbook.getSheet("Utfall"), "Bedömning"))
          .containsExactly("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd");
      assertThat(dropdown(workbook.getSheet("Åtgärdsstatus"), "Status"))
          .containsExactly(
              "Ej påbörjad", "Pågår enligt plan", "Pågår med avvikelse", "Genomförd", "Avbruten");
    }
  }

  @Test
  void instructionsExplainEveryColumnWithTargetRuleAndPeriodExamples() throws IOException {
    Path file = dir.resolve("enhet.xlsx");
    assertThat(run("init", file.toString(), "--period", "2022-T1")).isEqualTo(ExitCodes.OK);

    try (XSSFWorkbook workbook = open(file)) {
      XSSFSheet instructions = workbook.getSheet("Instruktioner");
      assertThat(instructions.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      List<String> explained =
          rows(instructions).stream().map(r -> text(r, 0) + "/" + text(r, 1)).toList();
      for (String sheet : List.of("Styrmått", "Utfall", "Åtgärder", "Åtgärdsstatus", "Texter")) {
        for (String header : column(workbook.getSheet(sheet).getRow(0))) {
          assertThat(explained).as("explains %s/%s", sheet, header).contains(sheet + "/" + header);
        }
      }
      for (String field : column(workbook.getSheet("Rapport"), 0).subList(1, 12)) {
        assertThat(explained).contains("Rapport/" + field);
      }
      String examples =
          String.join("\n", rows(instructions).stream().map(r -> text(r, 3)).toList());
      assertThat(examples.lines())
          .contains(
              "Öka",
              "Minska",
              "70%",
              "Minst 70 %",
              "Under 6,5%",
              "100 % i dec",
              "K 16,0 M 17,2",
              "Minska med 50% jmf 2020",
              "0,0",
              "Behålla",
              "I nivå med riket",
              "2022-T1",
              "T1 2022",
              "DÅ04 2022",
              "2022-ÅR",
              "Bokslut 2022",
              "2022-04",
              "2022-Q1");
    }
  }

  @Test
  void fromSampleKeepsEverythingAndAddsEmptyRowsForTheNewPeriod() throws IOException {
    Path file = dir.resolve("t2.xlsx");

    int exit = run("init", file.toString(), "--from", SAMPLE.toString(), "--period", "2022-T2");

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("Skrev " + file + " för 2022-T2: 15 styrmått och 40");
    Report sample = sample();
    ReadResult read = ReadInput.read(file);
    Report next = read.report().orElseThrow();
    assertThat(next.info().period()).isEqualTo(T2);
    assertThat(next.info().title()).isEqualTo("Bilaga till delårsrapport per augusti 2022");
    assertThat(next.info().publicationDate()).isNull();
    assertThat(next.info().unit()).isEqualTo(sample.info().unit());
    assertThat(next.measures()).hasSize(15);
    assertThat(next.measures())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .isEqualTo(sample.measures());
    assertThat(next.actions())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .hasSize(40)
        .isEqualTo(sample.actions());
    // The texts stay, dated with the period they were written for, and are copied for the new
    // period marked Skriv om.
    int texts = sample.sections().size();
    assertThat(next.sections()).hasSize(2 * texts);
    assertThat(next.sections().subList(0, texts))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .isEqualTo(sample.sections().stream().map(s -> s.forPeriod(T1, false)).toList());
    assertThat(next.sections().subList(texts, 2 * texts))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .isEqualTo(sample.sections().stream().map(s -> s.forPeriod(T2, true)).toList());
    // Earlier statuses stay; the one action finished in T1 (26) is carried as finished.
    assertThat(next.statuses().subList(0, sample.statuses().size()))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .isEqualTo(sample.statuses());
    assertThat(next.statuses().subList(sample.statuses().size(), next.statuses().size()))
        .extracting(
            s -> s.nr() + " " + s.period().code() + " " + s.statusText() + " " + s.comment())
        .containsExactly("26 2022-T2 Genomförd Genomförd under T1 2022.");
    // Earlier outcomes stay in order, then one empty row per measure for the same period last year
    // (first-year comparisons: the sample has no 2021-T2 values) and one for the new period.
    assertThat(next.outcomes().subList(0, sample.outcomes().size()))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
        .isEqualTo(sample.outcomes());
    assertThat(next.outcomes().stream().map(Outcome::period).distinct())
        .contains(T1, Period.parse("2021-T1"), T2);
    List<Outcome> comparisons =
        next.outcomes().subList(sample.outcomes().size(), sample.outcomes().size() + 15);
    assertThat(comparisons).extracting(Outcome::measureId).containsExactlyElementsOf(ids(sample));
    assertThat(comparisons)
        .allSatisfy(
            o -> {
              assertThat(o.period()).isEqualTo(Period.parse("2021-T2"));
              assertThat(o.hasNumbers()).isFalse();
            });
    List<Outcome> added =
        next.outcomes().subList(sample.outcomes().size() + 15, next.outcomes().size());
    assertThat(added).extracting(Outcome::measureId).containsExactlyElementsOf(ids(sample));
    assertThat(added)
        .allSatisfy(
            o -> {
              assertThat(o.period()).isEqualTo(T2);
              assertThat(o.hasNumbers()).isFalse();
              assertThat(o.valueText()).isEmpty();
              assertThat(o.comment()).isEmpty();
            });
    // Empty rows read as "not reported yet": warnings only, one per measure and unfinished action
    // (the finished action 26 is carried as finished, without a warning).
    assertThat(read.hasErrors()).isFalse();
    // The sample's own misspelt status (kept as written in the 2022-T1 row), its footnote marker
    // without text, and nothing else.
    assertThat(read.findings()).hasSize(2 + 15 + 39);
    assertThat(read.findings().stream().map(Finding::code))
        .containsOnly("footnote.bare", "status.misspelt", "outcome.missing", "status.missing");
    assertThat(read.findings().stream().filter(f -> f.code().equals("status.misspelt")))
        .singleElement()
        .extracting(Finding::toString)
        .asString()
        .contains("\"Ej fåbörjats\" är felstavat");
    assertThat(read.findings().stream().filter(f -> f.code().equals("outcome.missing")))
        .hasSize(15);
    assertThat(read.findings().stream().filter(f -> f.code().equals("status.missing")))
        .hasSize(39)
        .noneMatch(f -> f.message().contains("åtgärd 26 "));
    try (XSSFWorkbook workbook = open(file)) {
      List<Row> statusRows = rows(workbook.getSheet("Åtgärdsstatus"));
      List<Row> newRows = statusRows.stream().filter(r -> text(r, 1).equals("2022-T2")).toList();
      assertThat(newRows).hasSize(40);
      assertThat(newRows.stream().filter(r -> !text(r, 0).equals("26")))
          .allSatisfy(r -> assertThat(text(r, 2)).isEmpty());
      assertThat(statusRows).hasSize(80);
    }
  }

  @Test
  void fillingOneOutcomeGivesACheckedAndEvaluableNextPeriod() throws IOException {
    Path file = dir.resolve("t2.xlsx");
    assertThat(run("next-period", SAMPLE.toString(), file.toString())).isEqualTo(ExitCodes.OK);
    fillOutcome(file, "M05", "2022-T2", 75, 72);

    assertThat(run("check", file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("Kontroll klar: 0 fel")
        .contains("styrmåttet M04 saknar utfall för 2022-T2")
        .doesNotContain("M05 saknar utfall");
    assertThat(run("evaluate", file.toString(), "--period", "2022-T2", "--format", "json"))
        .isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("period").asText()).isEqualTo("2022-T2");
    JsonNode m05 =
        Stream.of(json.get("measures"))
            .flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
            .filter(m -> m.get("id").asText().equals("M05"))
            .findFirst()
            .orElseThrow();
    assertThat(m05.get("judgement").asText()).isEqualTo("met");
  }

  @Test
  void nextPeriodFollowsTheTertialSequence() throws IOException {
    Path t2 = dir.resolve("t2.xlsx");
    Path year = dir.resolve("ar.xlsx");
    Path nextT1 = dir.resolve("t1.xlsx");

    assertThat(run("next-period", SAMPLE.toString(), t2.toString())).isEqualTo(ExitCodes.OK);
    assertThat(run("init", year.toString(), "--from", t2.toString())).isEqualTo(ExitCodes.OK);
    assertThat(run("next-period", year.toString(), nextT1.toString())).isEqualTo(ExitCodes.OK);

    assertThat(periodOf(t2)).isEqualTo(T2);
    assertThat(periodOf(year)).isEqualTo(Period.parse("2022-ÅR"));
    Report next = ReadInput.read(nextT1).report().orElseThrow();
    assertThat(next.info().period()).isEqualTo(Period.parse("2023-T1"));
    assertThat(next.info().title()).isEqualTo("Bilaga till delårsrapport per april 2023");
    // Every step added one row per measure, and one for last year's same period where the
    // workbook had none (2021-T2: all 15; 2021-ÅR: 13, M05 and M10 have one; 2022-T1: none);
    // none was dropped.
    assertThat(next.outcomes()).hasSize(sample().outcomes().size() + 3 * 15 + 15 + 13);
    assertThat(next.outcomes().stream().map(Outcome::period).distinct())
        .contains(T1, T2, Period.parse("2022-ÅR"), Period.parse("2023-T1"));
    // Unfilled rows report nothing: only the sample's own periods count as reported.
    assertThat(next.periods()).doesNotContain(T2, Period.parse("2022-ÅR"), Period.parse("2023-T1"));
  }

  @Test
  void emptyWorkbookWithoutPeriodGetsTheTertialOfToday() {
    assertThat(
            se.tertial.kind.ReportKinds.BUILT_IN
                .fallbackModule()
                .periodOf(java.time.LocalDate.of(2024, 1, 2)))
        .isEqualTo(Period.parse("2024-T1"));
    assertThat(
            se.tertial.kind.ReportKinds.BUILT_IN
                .fallbackModule()
                .periodOf(java.time.LocalDate.of(2024, 4, 30)))
        .isEqualTo(Period.parse("2024-T1"));
    assertThat(
            se.tertial.kind.ReportKinds.BUILT_IN
                .fallbackModule()
                .periodOf(java.time.LocalDate.of(2024, 5, 1)))
        .isEqualTo(Period.parse("2024-T2"));
    assertThat(
            se.tertial.kind.ReportKinds.BUILT_IN
                .fallbackModule()
                .periodOf(java.time.LocalDate.of(2024, 12, 31)))
        .isEqualTo(Period.parse("2024-ÅR"));
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path file = dir.resolve("enhet.xlsx");
    Files.writeString(file, "analytikerns arbete");

    int exit = run("init", file.toString(), "--period", "2022-T1");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().strip())
        .isEqualTo(file + " finns redan; ange --force för att skriva över den.");
    assertThat(Files.readString(file)).isEqualTo("analytikerns arbete");
    assertThat(run("next-period", SAMPLE.toString(), file.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(file)).isEqualTo("analytikerns arbete");

    assertThat(run("init", file.toString(), "--period", "2022-T1", "--force"))
        .isEqualTo(ExitCodes.OK);
    assertThat(ReadInput.read(file).findings()).isEmpty();
    assertThat(files()).containsExactly("enhet.xlsx");
  }

  @Test
  void previousInputWithErrorsPrintsTheFindingsAndWritesNothing() throws IOException {
    Path broken = dir.resolve("csv");
    Files.createDirectories(broken);
    try (Stream<Path> csv = Files.list(SAMPLE)) {
      for (Path p : csv.toList()) {
        Files.copy(p, broken.resolve(p.getFileName()));
      }
    }
    Path outcomes = broken.resolve("utfall.csv");
    Files.writeString(
        outcomes, Files.readString(outcomes).replace("M01;2022-T1;41;41", "M01;2022-T1;4l%;41"));
    Path file = dir.resolve("t2.xlsx");

    int exit = run("init", file.toString(), "--from", broken.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("fel: utfall.csv rad 2, kolumn Kvinnor: \"4l%\" är inget tal")
        .contains("Föregående periods indata " + broken + " har fel; " + file + " skrevs inte.");
    assertThat(out.toString()).isEmpty();
    assertThat(files()).containsExactly("csv");
  }

  @Test
  void missingPreviousInputGivesExitTwoAndNoFile() throws IOException {
    Path file = dir.resolve("t2.xlsx");

    int exit = run("next-period", dir.resolve("finns-inte.xlsx").toString(), file.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("finns-inte.xlsx").contains("skrevs inte");
    assertThat(files()).isEmpty();
  }

  @Test
  void badPeriodAndNonXlsxNameAreUsageErrors() throws IOException {
    assertThat(run("init", dir.resolve("a.xlsx").toString(), "--period", "2022-T9"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("tertial: ogiltig --period:");
    assertThat(run("init", dir.resolve("a.csv").toString(), "--period", "2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("tertial: arbetsboken ").contains("måste sluta på .xlsx");
    assertThat(run("init", dir.resolve("saknas/a.xlsx").toString(), "--period", "2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("mappen finns inte");
    assertThat(files()).isEmpty();
  }

  @Test
  void helpDescribesEachCommandInSwedish() {
    assertThat(run("init", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("Skapa en tom arbetsbok att fylla i")
        .contains("--from=<föregående>")
        .doesNotContain("Rapportgenerator");
    assertThat(run("next-period", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("Skapa nästa periods arbetsbok utifrån föregående (samma som init --from).");
    assertThat(run("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("Rapportgenerator för tertialuppföljning")
        .contains("  init ")
        .contains("  next-period ")
        .contains("Kontrollera indata och lista alla anmärkningar.");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Period periodOf(Path file) {
    return ReadInput.read(file).report().orElseThrow().info().period();
  }

  private static List<String> ids(Report report) {
    return report.measures().stream().map(se.tertial.model.Measure::id).toList();
  }

  /** Types an outcome into the workbook as an analyst would: plain numbers in the empty row. */
  private static void fillOutcome(Path file, String id, String period, int women, int men)
      throws IOException {
    try (XSSFWorkbook workbook = open(file)) {
      Row row =
          rows(workbook.getSheet("Utfall")).stream()
              .filter(r -> text(r, 0).equals(id) && text(r, 1).equals(period))
              .findFirst()
              .orElseThrow();
      row.createCell(2).setCellValue(women);
      row.createCell(3).setCellValue(men);
      try (OutputStream stream = Files.newOutputStream(file)) {
        workbook.write(stream);
      }
    }
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<Row> rows(XSSFSheet sheet) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      if (sheet.getRow(r) != null) {
        rows.add(sheet.getRow(r));
      }
    }
    return rows;
  }

  private static String text(Row row, int column) {
    var cell = row.getCell(column);
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
        ? String.valueOf((long) cell.getNumericCellValue())
        : cell.getStringCellValue();
  }

  private static List<String> column(XSSFSheet sheet, int column) {
    List<String> values = new java.util.ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      values.add(text(sheet.getRow(r), column));
    }
    return values;
  }

  private static List<String> column(Row header) {
    List<String> values = new java.util.ArrayList<>();
    header.forEach(c -> values.add(c.getStringCellValue()));
    return values;
  }

  private static List<String> dropdown(XSSFSheet sheet, String header) {
    int column = column(sheet.getRow(0)).indexOf(header);
    return sheet.getDataValidations().stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
        .map(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dropdown on " + header));
  }
}

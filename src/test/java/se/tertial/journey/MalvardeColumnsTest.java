package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.ok;
import static se.tertial.journey.NamndWorkbook.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.journey.TwoFormatWorkbook.Table;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.read.ReadResult;
import se.tertial.render.PdfText;
import se.tertial.testing.ReadInput;

/**
 * The Målvärde and Målår columns through reading, init and next-period: unreadable values are
 * errors naming the cell in a workbook and in a CSV folder alike, init writes both columns, and
 * next-period carries what an analyst filled in.
 */
class MalvardeColumnsTest {
  @TempDir Path dir;

  private static List<Table> tables(String... measureRow) {
    Table report =
        new Table("Rapport", "rapport.csv", "Fält", "Värde")
            .row("Period", "2025-T1")
            .row("Rapporttyp", "delarsbilaga");
    Table measures = Table.measuresWithTargetValue();
    measures.row((Object[]) measureRow);
    Table outcomes =
        new Table("Utfall", "utfall.csv", "ID", "Period", "Totalt").row("M1", "2025-T1", 70);
    return List.of(report, measures, outcomes);
  }

  private List<ReadResult> readBoth(List<Table> tables) throws IOException {
    return List.of(
        ReadInput.read(TwoFormatWorkbook.xlsx(dir.resolve("enhet.xlsx"), tables)),
        ReadInput.read(TwoFormatWorkbook.csv(dir.resolve("enhet"), tables)));
  }

  @Test
  void anUnreadableMalvardeOrMalarIsAnErrorNamingTheCellInBothFormats() throws IOException {
    List<ReadResult> both =
        readBoth(tables("M1", "Verksamhet", "Andel", "God nivå", "ca 80", "nästa år", "", "%"));
    List<String> xlsx = both.get(0).findings().stream().map(Finding::line).toList();
    List<String> csv = both.get(1).findings().stream().map(Finding::line).toList();
    assertThat(xlsx)
        .contains(
            "fel: enhet.xlsx, blad Styrmått, rad 2, kolumn Målvärde: \"ca 80\" är inget målvärde;"
                + " skriv ett tal, gärna med enhet (80, 80 %, 14 dagar), eller ett per kön"
                + " (K 16,0 M 17,2)",
            "fel: enhet.xlsx, blad Styrmått, rad 2, kolumn Målår: \"nästa år\" är inget målår;"
                + " skriv året målvärdet gäller, t.ex. 2026");
    assertThat(csv)
        .contains(
            "fel: styrmatt.csv rad 2, kolumn Målvärde: \"ca 80\" är inget målvärde; skriv ett tal,"
                + " gärna med enhet (80, 80 %, 14 dagar), eller ett per kön (K 16,0 M 17,2)",
            "fel: styrmatt.csv rad 2, kolumn Målår: \"nästa år\" är inget målår; skriv året"
                + " målvärdet gäller, t.ex. 2026");
    assertThat(both).allMatch(ReadResult::hasErrors);
  }

  @Test
  void numbersPercentCellsAndPerSexTextsAreReadAlikeInBothFormats() throws IOException {
    List<Table> tables = tables("M1", "Verksamhet", "Andel", "God nivå", "K 80 M 75", "", "", "%");
    tables
        .get(1)
        .row(
            "M2",
            "Verksamhet",
            "Andel",
            "",
            new TwoFormatWorkbook.Share(85),
            2026,
            "Högre är bättre",
            "%");
    tables.get(1).row("M3", "Ekonomi", "Resultat", "", "−1,5 mnkr", "", "Högre är bättre", "mnkr");
    for (ReadResult read : readBoth(tables)) {
      assertThat(read.hasErrors()).as("%s", read.findings()).isFalse();
      List<Measure> measures = read.report().orElseThrow().measures();
      assertThat(measures.get(0).targetValue().women()).isEqualByComparingTo("80");
      assertThat(measures.get(0).targetValue().men()).isEqualByComparingTo("75");
      assertThat(measures.get(0).targetYear()).isNull();
      assertThat(measures.get(1).targetValue().value()).isEqualByComparingTo("85");
      assertThat(measures.get(1).targetValue().unit()).isEqualTo("%");
      assertThat(measures.get(1).targetYear()).isEqualTo(2026);
      assertThat(measures.get(2).targetValue().value()).isEqualByComparingTo("-1.5");
      assertThat(measures.get(2).targetValue().unit()).isEqualTo("mnkr");
    }
  }

  @Test
  void aSheetWhoseOnlyTargetColumnIsHeadedMalvardeKeepsItAsTheMalText() throws IOException {
    Table measures =
        new Table("Styrmått", "styrmatt.csv", "ID", "Perspektiv", "Styrmått", "Målvärde", "Enhet")
            .row("M1", "Verksamhet", "Andel", "Minst 70 %", "%");
    List<Table> tables = new ArrayList<>(tables("x"));
    tables.set(1, measures);
    for (ReadResult read : readBoth(tables)) {
      assertThat(read.hasErrors()).as("%s", read.findings()).isFalse();
      Measure m = read.report().orElseThrow().measures().get(0);
      assertThat(m.target()).isEqualTo("Minst 70 %");
      assertThat(m.targetValue()).isNull();
    }
  }

  @Test
  void initWritesBothColumnsAndNextPeriodCarriesThemFromAWorkbookAndACsvFolder()
      throws IOException {
    Path empty = dir.resolve("tom.xlsx");
    ok("init", empty.toString(), "--period", "2025-T1");
    assertThat(header(empty)).containsSubsequence("Mål", "Målvärde", "Målår", "Riktning");
    Path plan = dir.resolve("plan.xlsx");
    ok("init", plan.toString(), "--kind", "verksamhetsplan", "--period", "2025");
    assertThat(header(plan)).contains("Målvärde", "Målår");

    List<Table> tables =
        tables(
            "M1", "Verksamhet", "Andel", "God nivå", "K 80 M 75", "2026", "Högre är bättre", "%");
    Path workbook = TwoFormatWorkbook.xlsx(dir.resolve("enhet.xlsx"), tables);
    Path folder = TwoFormatWorkbook.csv(dir.resolve("enhet"), tables);
    for (Path from : List.of(workbook, folder)) {
      Path next = dir.resolve("t2-" + from.getFileName() + ".xlsx");
      assertThat(run("next-period", from.toString(), next.toString()).exit()).isZero();
      Measure carried = ReadInput.read(next).report().orElseThrow().measures().get(0);
      assertThat(carried.targetValue().text()).as("%s", from).isEqualTo("K 80 M 75");
      assertThat(carried.targetYear()).as("%s", from).isEqualTo(2026);
    }
  }

  @Test
  void thePlanPrintsMalvardeAndMalarColumnsBesideItsYearTargets() throws IOException {
    Table report =
        new Table("Rapport", "rapport.csv", "Fält", "Värde")
            .row("Period", "2023-ÅR")
            .row("Rapporttyp", "verksamhetsplan");
    Table measures =
        new Table(
                "Styrmått",
                "styrmatt.csv",
                "ID",
                "Perspektiv",
                "Strategiskt mål",
                "Framgångsfaktor",
                "Styrmått",
                "Mål",
                "Mål 2023",
                "Mål 2025",
                "Målvärde",
                "Målår",
                "Riktning",
                "Enhet")
            .row(
                "P1",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Slutförda ärenden på Digitalen",
                "Öka",
                "43 000",
                "Öka",
                60000,
                2025,
                "Högre är bättre",
                "antal")
            .row(
                "P2",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Andel nöjda patienter",
                "Öka",
                "Minst 80 %",
                "Öka",
                "K 80 M 75",
                "",
                "Högre är bättre",
                "%");
    Path workbook = TwoFormatWorkbook.xlsx(dir.resolve("plan.xlsx"), List.of(report, measures));
    Path pdf = dir.resolve("plan.pdf");
    assertThat(run("render", workbook.toString(), "-o", pdf.toString()).exit()).isZero();

    String text = PdfText.of(pdf);
    assertThat(text)
        .contains("Mål 2023 Mål 2025 Målvärde Målår")
        .contains("Slutförda ärenden på Digitalen 43 000 Öka 60\u00a0000 2025")
        // A per cent sign as written stays with its number (no-break space).
        .contains("Andel nöjda patienter Minst 80\u00a0% Öka K: 80\u00a0%, M: 75\u00a0%");
  }

  private static Table planReport() {
    return new Table("Rapport", "rapport.csv", "Fält", "Värde")
        .row("Period", "2026")
        .row("Rapporttyp", "verksamhetsplan");
  }

  private static Table planMeasures() {
    return new Table(
        "Styrmått",
        "styrmatt.csv",
        "ID",
        "Perspektiv",
        "Strategiskt mål",
        "Framgångsfaktor",
        "Styrmått",
        "Mål",
        "Mål 2026",
        "Mål 2027",
        "Enhet");
  }

  @Test
  void aPlainMalTheYearTargetsDoNotSayIsAWarningOnItsCellInCheckAndRender() throws IOException {
    Table measures =
        planMeasures()
            .row(
                "P1",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Antal e-tjänster",
                "Öka",
                "10",
                "Öka",
                "st")
            .row(
                "P2",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Andel besvarade samtal",
                "Minst 90 % till 2030",
                "Minst 80 %",
                "Minst 85 %",
                "%");
    Path workbook =
        TwoFormatWorkbook.xlsx(dir.resolve("plan.xlsx"), List.of(planReport(), measures));
    String warning =
        "varning: plan.xlsx, blad Styrmått, rad 3, kolumn Mål: Mål \"Minst 90 % till 2030\" för P2"
            + " skrivs inte ut: planen visar målen per år (Mål 2026: \"Minst 80 %\", Mål 2027:"
            + " \"Minst 85 %\"), och Mål säger något annat.";

    NamndWorkbook.Run check = run("check", workbook.toString());
    assertThat(check.exit()).isZero();
    assertThat(check.err() + check.out()).contains(warning).doesNotContain("för P1");
    Path pdf = dir.resolve("plan.pdf");
    NamndWorkbook.Run render = run("render", workbook.toString(), "-o", pdf.toString());
    assertThat(render.exit()).isZero();
    assertThat(render.err()).contains(warning);
    assertThat(PdfText.of(pdf))
        .contains("Mål 2026 Mål 2027")
        .doesNotContain("Mål Mål 2026")
        .contains("Andel besvarade samtal Minst 80\u00a0% Minst 85\u00a0%");
  }

  @Test
  void aMeasureWithoutYearTargetsKeepsThePlainMalColumnForEveryMeasure() throws IOException {
    Table measures =
        planMeasures()
            .row(
                "P1",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Andel besvarade samtal",
                "Minst 90 % till 2030",
                "Minst 80 %",
                "Minst 85 %",
                "%")
            .row(
                "P2",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Väntetid till besök",
                "Minska",
                "",
                "",
                "dagar");
    Path pdf = renderedWithoutMalWarning(measures);

    assertThat(PdfText.of(pdf))
        .contains("Mål Mål 2026 Mål 2027")
        .contains(
            "Andel besvarade samtal Minst 90\u00a0% till 2030 Minst 80\u00a0% Minst 85\u00a0%")
        .contains("Väntetid till besök Minska");
  }

  @Test
  void aPlainMalThatAYearTargetRepeatsIsNeitherPrintedTwiceNorWarnedOf() throws IOException {
    Table measures =
        planMeasures()
            .row(
                "P1",
                "Medborgare",
                "God vård",
                "Tillgänglighet",
                "Antal e-tjänster",
                "Öka ",
                "10",
                "Öka",
                "st");
    Path pdf = renderedWithoutMalWarning(measures);

    assertThat(PdfText.of(pdf))
        .contains("Mål 2026 Mål 2027")
        .doesNotContain("Mål Mål 2026")
        .contains("Antal e-tjänster 10 Öka");
  }

  @Test
  void aYearTargetHeadedInAnotherSpellingIsNamedNotDroppedUnsaid() throws IOException {
    Table measures =
        new Table(
                "Styrmått",
                "styrmatt.csv",
                "ID",
                "Perspektiv",
                "Styrmått",
                "Mål",
                "Målvärde 2026",
                "2027",
                "Mål för 2028",
                "Enhet")
            .row("P1", "Medborgare", "Antal e-tjänster", "Öka", "10", "12", "14", "st");
    Path workbook =
        TwoFormatWorkbook.xlsx(dir.resolve("plan.xlsx"), List.of(planReport(), measures));

    NamndWorkbook.Run check = run("check", workbook.toString());

    assertThat(check.out() + check.err())
        .contains(
            "varning: plan.xlsx, blad Styrmått, rad 1, kolumn Målvärde 2026: okänd kolumn, läses"
                + " inte; menade du \"Mål 2026\"?",
            "varning: plan.xlsx, blad Styrmått, rad 1, kolumn 2027: okänd kolumn, läses inte;"
                + " menade du \"Mål 2027\"?",
            "varning: plan.xlsx, blad Styrmått, rad 1, kolumn Mål för 2028: okänd kolumn, läses"
                + " inte; menade du \"Mål 2028\"?");
  }

  @Test
  void theAppendixKeepsAPerCentSignWithItsNumberInTheMalCell() throws IOException {
    Path workbook =
        TwoFormatWorkbook.xlsx(
            dir.resolve("enhet.xlsx"),
            tables("M1", "Verksamhet", "Andel", "Minst 80 %", "", "", "Högre är bättre", "%"));
    Path pdf = dir.resolve("bilaga.pdf");
    assertThat(run("render", workbook.toString(), "-o", pdf.toString()).exit()).isZero();

    assertThat(PdfText.of(pdf)).contains("Minst 80\u00a0%").doesNotContain("Minst 80 %");
  }

  private static List<String> header(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      Row first = book.getSheet("Styrmått").getRow(0);
      DataFormatter format = new DataFormatter();
      for (Cell cell : first) {
        names.add(format.formatCellValue(cell));
      }
      return names;
    }
  }

  /** The plan with {@code measures}, rendered: exit 0 and no warning that a Mål is not printed. */
  private Path renderedWithoutMalWarning(Table measures) throws IOException {
    Path workbook =
        TwoFormatWorkbook.xlsx(dir.resolve("plan.xlsx"), List.of(planReport(), measures));
    Path pdf = dir.resolve("plan.pdf");
    NamndWorkbook.Run render = run("render", workbook.toString(), "-o", pdf.toString());
    assertThat(render.exit()).isZero();
    assertThat(render.err()).doesNotContain("skrivs inte ut");
    return pdf;
  }
}

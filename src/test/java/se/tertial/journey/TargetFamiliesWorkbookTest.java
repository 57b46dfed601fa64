package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.journey.TwoFormatWorkbook.Table;
import se.tertial.model.Finding;
import se.tertial.model.Judgement;
import se.tertial.render.PdfText;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.Trend;
import se.tertial.workflow.InputPipeline;

/**
 * One measure per target family as plans write them ({@link FamilyRows}), in a workbook written by
 * POI and in the same tables as a CSV folder, read through the pipeline every command uses: each
 * measure's judgement, trend, rule and the words of its reason are pinned, and the workbook and the
 * CSV folder give the same. The rendered PDF shows the same judgements and the Målvärde a judgement
 * was decided with.
 */
class TargetFamiliesWorkbookTest {
  @TempDir static Path dir;
  private static Path workbook;
  private static InputPipeline.Loaded fromXlsx;
  private static InputPipeline.Loaded fromCsv;

  /** What one measure must come to: judgement, trend, rule type and words of the reason. */
  private record Pin(String id, Judgement judgement, Trend trend, String rule, String... reason) {}

  private static final List<Pin> PINS =
      List.of(
          new Pin("F01", Judgement.MET, Trend.IMPROVED, "direction", "7 st har ökat från 5 st"),
          new Pin("F02", Judgement.MET, Trend.IMPROVED, "threshold", "72 %", "målet 70 %"),
          new Pin(
              "F03",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "per_sex",
              "Kvinnor: utfallet 15 dagar är lägre än målet 16,0 dagar",
              "män: utfallet 18 dagar är högre än målet 17,2 dagar",
              "inom toleransen"),
          new Pin(
              "F04",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "deadline",
              "96 % når ännu inte målet 100 %, som gäller vid årets slut",
              "förbättrats från 90 %"),
          new Pin(
              "F05",
              Judgement.MET,
              Trend.WORSENED,
              "threshold",
              "14,2 % är lägre än målet under 15 %",
              "målet för 2025 ur cellen med ett mål per år"),
          new Pin(
              "F06",
              Judgement.MET,
              Trend.IMPROVED,
              "change",
              "188 ton når målet 190 ton",
              "minskning med 5 % från 200 ton"),
          new Pin("F07", Judgement.MET, Trend.IMPROVED, "threshold", "−0,8 mnkr", "−1,5 mnkr"),
          new Pin(
              "F08",
              Judgement.PARTLY_MET,
              Trend.WORSENED,
              "threshold",
              "76 % är lägre än målet 80 %",
              "inom toleransen"),
          new Pin("F09", Judgement.MET, Trend.IMPROVED, "reference", "10,5 %", "riket (12 %)"),
          new Pin(
              "F10",
              Judgement.PARTLY_MET,
              Trend.WORSENED,
              "reference",
              "33 dagar är högre än riket (30 dagar)"),
          new Pin(
              "F11",
              Judgement.MET,
              Trend.IMPROVED,
              "rank",
              "Placeringen 64 är bland de 25 % bästa",
              "gränsen är 72"),
          new Pin("F12", Judgement.MET, Trend.IMPROVED, "threshold", "3,2 mnkr", "över 0"),
          new Pin(
              "F13", Judgement.PARTLY_MET, Trend.WORSENED, "threshold", "3,9 är lägre än målet 4"),
          new Pin("F14", Judgement.MET, Trend.IMPROVED, "threshold", "2 st är lika med målet 2"),
          new Pin(
              "F15",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "threshold",
              "68 % är lägre än målet 70 %"),
          new Pin(
              "F16",
              Judgement.NOT_MET,
              // 0,3 % → −0,8 %: farther from the range −0,5..0,5 % than the year before.
              Trend.WORSENED,
              "range",
              "−0,8 % ligger inte mellan −0,5 % och 0,5 %"),
          new Pin(
              "F17",
              Judgement.MET,
              Trend.IMPROVED,
              "threshold",
              "87 % är högre än målet 85 %",
              "bedömt mot Målvärde 85 % och Riktning, eftersom Mål-texten inte kan läsas"),
          new Pin(
              "F18",
              Judgement.PARTLY_MET,
              Trend.UNKNOWN,
              "per_sex",
              "Kvinnor: utfallet 78 % når ännu inte målet 80 %, som gäller vid slutet av 2026",
              "män: utfallet 76 % når redan målet 75 %",
              "bedömt mot Målvärde K 80 M 75"),
          new Pin(
              "F19",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "deadline",
              "85 % når ännu inte målet 90 %, som gäller vid slutet av 2026"),
          new Pin(
              "F20",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "threshold",
              "83 % är lägre än målet 85 %"),
          new Pin(
              "F21", Judgement.NOT_ASSESSED, Trend.UNKNOWN, "not_assessable", "fyll i Riktning"),
          // "Öka" beside Målvärde 70: direction and level, as "Öka, minst 70 %" in one cell.
          new Pin(
              "F22",
              Judgement.PARTLY_MET,
              Trend.IMPROVED,
              "threshold",
              "65 % är lägre än målet 70 %",
              "bedömt mot Målvärde 70 %; \"Öka\" i Mål anger riktningen, Målvärde nivån"));

  static List<Table> tables() {
    Table report =
        new Table("Rapport", "rapport.csv", "Fält", "Värde")
            .row("Titel", "Bilaga till delårsrapport per augusti 2025")
            .row("Organisation", "Region Test")
            .row("Enhet", "Förvaltning Test")
            .row("Period", "2025-T2")
            .row("Rapporttyp", "delarsbilaga");
    Table measures = Table.measuresWithTargetValue("Jämförelse");
    Table outcomes = new Table("Utfall", "utfall.csv", "ID", "Period", "Kvinnor", "Män", "Totalt");
    FamilyRows.fill(measures, outcomes);
    return List.of(report, measures, outcomes);
  }

  @BeforeAll
  static void read() throws IOException {
    InputPipeline pipeline = new InputPipeline(EvaluationOptions.defaults());
    workbook = TwoFormatWorkbook.xlsx(dir.resolve("familjer.xlsx"), tables());
    fromXlsx = pipeline.load(workbook, null, null);
    fromCsv = pipeline.load(TwoFormatWorkbook.csv(dir.resolve("familjer"), tables()), null, null);
  }

  private static Map<String, MeasureJudgement> judged(InputPipeline.Loaded loaded) {
    return loaded.evaluation().orElseThrow().measures().stream()
        .collect(Collectors.toMap(m -> m.measure().id(), Function.identity()));
  }

  @Test
  void eachFamilyIsJudgedAsItsTextMeansInTheWorkbook() {
    assertPinned(fromXlsx);
  }

  @Test
  void eachFamilyIsJudgedAsItsTextMeansInTheCsvFolder() {
    assertPinned(fromCsv);
  }

  private static void assertPinned(InputPipeline.Loaded loaded) {
    assertThat(loaded.errors()).as("%s", loaded.findings()).isZero();
    Map<String, MeasureJudgement> judged = judged(loaded);
    assertThat(judged.keySet())
        .containsExactlyInAnyOrderElementsOf(PINS.stream().map(Pin::id).toList());
    for (Pin pin : PINS) {
      MeasureJudgement m = judged.get(pin.id());
      assertThat(m.judgement()).as("%s: %s", pin.id(), m.explanation()).isEqualTo(pin.judgement());
      assertThat(m.trend()).as("%s trend", pin.id()).isEqualTo(pin.trend());
      assertThat(m.rule().type()).as("%s rule", pin.id()).isEqualTo(pin.rule());
      assertThat(m.explanation().replace('\u00a0', ' ')).as(pin.id()).contains(pin.reason());
    }
  }

  @Test
  void theWorkbookAndTheCsvFolderGiveTheSameJudgementsAndReasons() {
    Map<String, MeasureJudgement> xlsx = judged(fromXlsx);
    Map<String, MeasureJudgement> csv = judged(fromCsv);
    for (String id : xlsx.keySet()) {
      MeasureJudgement a = xlsx.get(id);
      MeasureJudgement b = csv.get(id);
      assertThat(List.<Object>of(b.judgement(), b.trend(), b.rule().type(), b.explanation()))
          .as(id)
          .isEqualTo(List.<Object>of(a.judgement(), a.trend(), a.rule().type(), a.explanation()));
    }
    assertThat(messages(fromCsv)).isEqualTo(messages(fromXlsx));
  }

  private static List<String> messages(InputPipeline.Loaded loaded) {
    return loaded.findings().stream().map(Finding::message).toList();
  }

  @Test
  void aMalvardeThatSaysOtherThanTheTextIsAWarningWithBothReadings() {
    List<Finding> f20 =
        fromXlsx.findings().stream().filter(f -> f.message().startsWith("F20:")).toList();
    assertThat(f20).hasSize(1);
    assertThat(f20.get(0).line().replace('\u00a0', ' '))
        .contains("familjer.xlsx, blad Styrmått, rad 21, kolumn Målvärde")
        .contains("Mål-texten säger minst 85 %", "Målvärde säger minst 80")
        .contains("bedöms efter Mål-texten");
    // A Målvärde that agrees with its readable text, or decides an unreadable one, says nothing.
    assertThat(fromXlsx.findings())
        .noneMatch(f -> f.message().startsWith("F17") || f.message().startsWith("F18"));
  }

  @Test
  void aMalvardeWithoutRiktningBesideAnUnreadableTextSaysWhatIsMissing() {
    assertThat(fromCsv.findings())
        .filteredOn(f -> f.code().equals("target.valueNoPolarity"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.line())
                    .contains("styrmatt.csv rad 22, kolumn Riktning")
                    .contains("F21: Målvärde 12 kan inte användas eftersom Riktning saknas"));
  }

  @Test
  void thePdfShowsTheJudgementsAndTheMalvardeTheyWereDecidedWith() throws IOException {
    Path pdf = dir.resolve("familjer.pdf");
    ok("render", workbook.toString(), "-o", pdf.toString());
    String text;
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      text = PdfText.flat(new PDFTextStripper().getText(doc).replace('\u00a0', ' '));
    }
    assertThat(row(text, "Nöjda brukare", "Andel med utvecklingssamtal"))
        .contains("Ska ligga på en god nivå jämfört med tidigare år (Målvärde 85 %)")
        .contains("Uppfyllt");
    assertThat(row(text, "Andel med utvecklingssamtal", "Antal avvikelser"))
        .contains("Enligt verksamhetsplanen (Målvärde K: 80 %, M: 75 %, Målår 2026)")
        .contains("Delvis uppfyllt");
    assertThat(row(text, "Prognosavvikelse", "Nöjda brukare"))
        .contains("Högst 0,5 procent avvikelse")
        .contains("Ej uppfyllt");
    assertThat(row(text, "Placering i Företagsklimat", "Årets resultat")).contains("Uppfyllt");
  }

  /** The text of one measure's row in the PDF: from its name to the next name. */
  private static String row(String text, String name, String next) {
    int start = text.indexOf(name, text.indexOf("Styrmått"));
    assertThat(start).as(name).isNotNegative();
    int end = text.indexOf(next, start + name.length());
    return text.substring(start, end < 0 ? text.length() : end);
  }
}

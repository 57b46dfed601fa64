package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.render.PdfText;

/**
 * A report true to its period, read from the PDF a reader gets: the value beside the trend is the
 * one the arrow was compared with, with its period; a missing comparison value is said, never
 * replaced by another period's; the reference value is printed beside the judgement it decided; a
 * measure not due in the period is not "Data saknas"; an action finished in T1 stays finished in
 * T2.
 */
class ComparedValuesPdfTest {
  @TempDir static Path dir;
  private static Path workbook;

  @BeforeAll
  static void workbook() throws IOException {
    workbook = NamndWorkbook.write(dir.resolve("namnd.xlsx"));
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return PdfText.flat(new PDFTextStripper().getText(doc).replace('\u00a0', ' '));
    }
  }

  /** The measures table of the PDF: from the perspective chapter to the actions. */
  private static String measuresTable(String text) {
    int start = text.indexOf("Handläggningstid för ekonomiskt bistånd", text.indexOf("Trygga"));
    int end = text.indexOf("Uppföljning av", start);
    return text.substring(start, end);
  }

  /** The text of one measure's row: from its name to the next measure's name. */
  private static String row(String table, String name, String next) {
    int start = table.indexOf(name);
    int end = next == null ? table.length() : table.indexOf(next, start);
    assertThat(start).as(name).isNotNegative();
    return table.substring(start, end);
  }

  private static NamndWorkbook.Run render(Path pdf, String period, String... extra) {
    String[] args = new String[5 + extra.length];
    args[0] = "render";
    args[1] = workbook.toString();
    args[2] = "--period";
    args[3] = period;
    args[4] = "-o" + pdf;
    System.arraycopy(extra, 0, args, 5, extra.length);
    return ok(args);
  }

  @Test
  void theTrendCellShowsTheValueItWasComparedWithLabelledWithItsPeriod() throws IOException {
    Path pdf = dir.resolve("t2.pdf");
    render(pdf, "2025-T2");
    String table = measuresTable(pdfText(pdf));

    String m01 = row(table, "Handläggningstid", "Nöjdhet med bemötandet");
    // Compared with T2 2024 (16), not with T1 2025 (13): that number is not printed at all.
    assertThat(m01).contains("T2 2024 16 dagar T2 2025 14 dagar").contains("Förbättrad");
    assertThat(m01).doesNotContain("13 dagar", "T1 2025");

    String m03 = row(table, "Antal familjehem", "Andel barnutredningar");
    assertThat(m03).contains("T2 2024 5 st T2 2025 4 st").doesNotContain("7 st", "ÅR 2024");
  }

  @Test
  void aMissingComparisonValueIsSaidAndTheTrendIsUnknown() throws IOException {
    Path pdf = dir.resolve("t2-saknas.pdf");
    render(pdf, "2025-T2");
    String m02 = row(measuresTable(pdfText(pdf)), "Nöjdhet med bemötandet", "Antal familjehem");

    assertThat(m02)
        .contains("Jämförelsevärde saknas för T2 2024")
        .contains("T2 2025 79 %")
        .contains("Okänd")
        .doesNotContain("77 %", "Förbättrad");
  }

  @Test
  void referenceValuesArePrintedBesideTheJudgementTheyDecided() throws IOException {
    Path pdf = dir.resolve("t2-ref.pdf");
    render(pdf, "2025-T2");
    String table = measuresTable(pdfText(pdf));

    // The Jämförelse column as written; 79 against 78 is in level with riket.
    assertThat(row(table, "Nöjdhet med bemötandet", "Antal familjehem"))
        .contains("Uppfyllt Riket 78 %");
    // An ID:ref row, per sex: K 60 > 55 met, M 70 < 72 not better.
    assertThat(row(table, "Andel barnutredningar", "Andel brukare"))
        .contains("Riket K: 55 %, M: 72 %");
  }

  @Test
  void theTrendBaseOptionComparesWithThePreviousPeriodAndSaysSo() throws IOException {
    Path pdf = dir.resolve("t2-foregaende.pdf");
    render(pdf, "2025-T2", "--trend-base", "previous-period");
    String text = pdfText(pdf);
    String m01 = row(measuresTable(text), "Handläggningstid", "Nöjdhet med bemötandet");

    assertThat(m01).contains("T1 2025 13 dagar T2 2025 14 dagar").contains("Försämrad");
    assertThat(text).contains("Utveckling jämfört med föregående period");
  }

  @Test
  void aMeasureNotDueIsNeitherMissingDataNorCountedAsNotAssessed() throws IOException {
    Path pdf = dir.resolve("t1.pdf");
    NamndWorkbook.Run run = render(pdf, "2025-T1");
    String text = pdfText(pdf);
    String m03 = row(measuresTable(text), "Antal familjehem", "Andel barnutredningar");

    assertThat(m03)
        .contains("Följs upp i augusti och vid årsbokslut")
        .contains("Ej aktuell denna period")
        .doesNotContain("Data saknas", "Ej bedömd");
    assertThat(run.err()).doesNotContain("M03");
    assertThat(text).contains("Ej aktuell denna period: måttet följs upp i andra perioder");

    JsonNode summary = evaluate("2025-T1").get("summary");
    assertThat(summary.get("not_assessed").asInt()).isZero();
    assertThat(summary.get("not_due").asInt()).isEqualTo(2);
    // The summary table: Medborgare has 4 judged and 1 not due, in a column of its own.
    assertThat(text).containsPattern("Medborgare( \\d+){4} 1 5 Medarbetare 0 0 0 0 1 1 Totalt");
  }

  @Test
  void aMeasureDueButEmptyStaysDataSaknasWithItsWarning() throws IOException {
    Path pdf = dir.resolve("t2-m05.pdf");
    NamndWorkbook.Run run = render(pdf, "2025-T2");
    String table = measuresTable(pdfText(pdf));
    String m05 = row(table, "Andel brukare med genomförandeplan", "Sjukfrånvaro");

    assertThat(m05).contains("Data saknas", "Ej bedömd").doesNotContain("Följs upp");
    // Followed up at the year end only: not due in T2 either, and no warning for it.
    assertThat(row(table, "Sjukfrånvaro", null))
        .contains("Följs upp vid årsbokslut", "Ej aktuell denna period")
        .doesNotContain("7,4", "Data saknas");
    assertThat(run.err()).doesNotContain("M06");
    assertThat(run.err()).contains("styrmåttet M05 saknar utfall för 2025-T2");
  }

  @Test
  void anActionFinishedInT1StaysFinishedWhenTheT1WorkbookIsRenderedForT2() throws IOException {
    Path pdf = dir.resolve("t2-atgarder.pdf");
    NamndWorkbook.Run run = render(pdf, "2025-T2");
    String text = pdfText(pdf);
    String actions = text.substring(text.indexOf("Rekrytera fler familjehem"));

    assertThat(run.err()).doesNotContain("åtgärd 4 saknar status");
    assertThat(actions)
        .contains("Genomförd")
        .contains("Genomförd under T1 2025.")
        .doesNotContain("Status saknas");
    assertThat(ok("check", workbook.toString(), "--period", "2025-T2").out())
        .doesNotContain("åtgärd 4");
  }

  private static JsonNode evaluate(String period) throws IOException {
    return new ObjectMapper()
        .readTree(
            ok("evaluate", workbook.toString(), "--period", period, "--format", "json").out());
  }

  @Test
  void evaluateJsonCarriesTheSameComparedValuesAndPeriods() throws IOException {
    JsonNode json = evaluate("2025-T2");
    JsonNode m01 = json.get("measures").get(0);
    assertThat(m01.get("comparedWith").get("period").asText()).isEqualTo("2024-T2");
    assertThat(m01.get("comparedWith").get("base").asText()).isEqualTo("same-period-last-year");
    assertThat(m01.get("total").get("comparison").decimalValue()).isEqualByComparingTo("16");
    assertThat(m01.get("total").get("comparisonPeriod").asText()).isEqualTo("2024-T2");
    assertThat(m01.get("trend").asText()).isEqualTo("improved");

    JsonNode m02 = json.get("measures").get(1);
    assertThat(m02.get("total").get("comparison").isNull()).isTrue();
    assertThat(m02.get("trend").asText()).isEqualTo("unknown");
    assertThat(m02.get("referenceValue").get("written").asText()).isEqualTo("Riket 78 %");
    assertThat(m02.get("referenceValue").get("total").decimalValue()).isEqualByComparingTo("78");

    JsonNode m04 = json.get("measures").get(3);
    assertThat(m04.get("referenceValue").get("K").decimalValue()).isEqualByComparingTo("55");
    assertThat(m04.get("referenceValue").get("M").decimalValue()).isEqualByComparingTo("72");
    assertThat(m04.get("referenceValue").get("written").asText()).isEmpty();

    JsonNode action4 = json.get("actions").get(1);
    assertThat(action4.get("status").asText()).isEqualTo("done");
    assertThat(action4.get("comment").asText()).isEqualTo("Genomförd under T1 2025.");

    JsonNode t1 = evaluate("2025-T1").get("measures").get(2);
    assertThat(t1.get("due").asBoolean()).isFalse();
    assertThat(t1.get("followUp").asText()).isEqualTo("Följs upp i augusti och vid årsbokslut");
  }

  @Test
  void htmlCarriesTheSameComparedValues() throws IOException {
    Path html = dir.resolve("t2.html");
    render(html, "2025-T2", "--format", "html");
    String text = Files.readString(html).replace('\u00a0', ' ');
    assertThat(text)
        .contains("T2 2024")
        .contains("16 dagar")
        .contains("Jämförelsevärde saknas för T2 2024")
        .contains("Riket 78 %");
  }
}

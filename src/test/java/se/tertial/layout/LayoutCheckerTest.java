package se.tertial.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.model.Period;
import se.tertial.pdf.PdfDates;
import se.tertial.pdf.PdfWriter;

/**
 * The checker itself, on small documents laid out wrong on purpose (a spacer of fixed height puts
 * the part under test at a page's foot): each rule it enforces fails where it should, and a
 * document laid out right passes. Without this, a checker that saw nothing would pass every sample.
 */
class LayoutCheckerTest {
  private static final PdfWriter WRITER = new PdfWriter();
  private static final PdfDates DATES =
      PdfDates.of(null, LocalDate.of(2025, 9, 15), Period.parse("2025-T2"));

  private static List<String> problems(String body) throws Exception {
    String xhtml =
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
        <head><title>Layoutprov</title><meta name="subject" content="Layoutprov" />
        <style>
        @page { size: A4 portrait; margin: 36mm 16mm 18mm 18mm; }
        html { font-family: "Liberation Sans"; font-size: 10pt; }
        table { border-collapse: collapse; width: 100%; }
        td, th { border: 0.5pt solid #888; padding: 3pt; vertical-align: top; }
        .spacer { background-color: #eee; }
        </style></head>
        <body>BODY</body></html>
        """
            .replace("BODY", body);
    return new LayoutChecker().problems(PageContents.of(WRITER.write(xhtml, DATES)));
  }

  private static String lines(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append("<p style=\"margin: 0\">Rad ").append(i).append(" av texten i cellen.</p>");
    }
    return text.toString();
  }

  private static String spacer(int mm) {
    return "<div class=\"spacer\" style=\"height: " + mm + "mm\"><p>Fyllnad</p></div>";
  }

  @Test
  void aDocumentLaidOutRightHasNoProblems() throws Exception {
    assertThat(
            problems(
                "<h1>Rubrik</h1><p>Text.</p><table><thead><tr><th>Nr</th><th>Åtgärd</th></tr>"
                    + "</thead><tbody><tr><td>1</td><td>"
                    + lines(3)
                    + "</td></tr></tbody></table>"))
        .isEmpty();
  }

  @Test
  void aHeadingLastOnAPageFails() throws Exception {
    assertThat(
            problems(
                spacer(225)
                    + "<h2>Strategiskt mål: Delaktiga invånare</h2>"
                    + "<p style=\"page-break-before: always\">Texten under rubriken.</p>"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "page 1 ends with the heading «Strategiskt mål: Delaktiga invånare»"));
  }

  @Test
  void aTableHeaderWhoseFirstRowIsOnTheNextPageFails() throws Exception {
    assertThat(
            problems(
                spacer(220)
                    + "<table><thead><tr><th>Nr</th><th>Mål</th></tr></thead><tbody>"
                    + "<tr style=\"page-break-before: always\"><td>12</td><td>Första raden</td></tr>"
                    + "</tbody></table>"))
        .anySatisfy(p -> assertThat(p).startsWith("page 1 ends with the table header «Nr Mål»"));
  }

  @Test
  void aShortRowSplitAcrossPagesFailsAndSoDoesAPageOfNothingButItsRest() throws Exception {
    List<String> problems =
        problems(
            spacer(225)
                + "<table><tbody><tr style=\"page-break-inside: auto\"><td>12</td><td>"
                + lines(12)
                + "</td></tr></tbody></table>");
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("the row «12» is split across pages 1–2 although it fits"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("page 2 holds nothing but the rest of"));
  }

  @Test
  void aLegendSplitAcrossPagesFails() throws Exception {
    assertThat(
            problems(
                spacer(215)
                    + "<div><h1>Teckenförklaring</h1><ul>"
                    + "<li>Uppfyllt</li><li>Delvis uppfyllt</li><li>Ej uppfyllt</li>"
                    + "<li>Ej bedömd</li><li>Förbättrad</li><li>Oförändrad</li><li>Försämrad</li>"
                    + "</ul></div>"))
        .anySatisfy(p -> assertThat(p).startsWith("the legend is split across pages 1–2"));
  }

  @Test
  void aLegendAloneOnAPageThatWouldFitOnThePageBeforeFails() throws Exception {
    assertThat(
            problems(
                spacer(40)
                    + "<div style=\"page-break-before: always\"><h1>Teckenförklaring</h1>"
                    + "<ul><li>Uppfyllt</li><li>Ej uppfyllt</li></ul></div>"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("the legend stands on page 2 of its own although it fits"));
  }
}

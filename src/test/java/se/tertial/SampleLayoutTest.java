package se.tertial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.model.Report;
import se.tertial.pdf.PdfDates;
import se.tertial.render.TemplateEngine;
import se.tertial.render.TemplateRenderer;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.view.DocumentMeta;

/**
 * The page layout of the sample appendix (seed 000) as a publisher would check it: no page ends
 * with a heading or a table header, running text carries Swedish soft hyphens, the chart's
 * alternative text is no visible caption, empty metadata fields are left out.
 */
class SampleLayoutTest {
  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");
  private static final String SHY = "\u00AD";

  private static AppendixViewModel model;
  private static TemplateRenderer renderer;
  private static String xhtml;
  private static List<String> pages;

  @BeforeAll
  static void render() throws Exception {
    Report report = se.tertial.testing.ReadInput.read(SAMPLE).report().orElseThrow();
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, report.info().period());
    model = new AppendixViewModelBuilder().build(evaluation, "");
    renderer = new TemplateRenderer(TemplateEngine.bundled());
    xhtml = renderer.xhtml(model, "delarsbilaga.ftl", true, false);
    byte[] pdf =
        renderer.pdf(
            model,
            "delarsbilaga.ftl",
            false,
            PdfDates.of(null, report.info().publicationDate(), evaluation.period()));
    pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
    }
  }

  /** The last line of a page's body: the page number line is the footer. */
  private static String lastBodyLine(String page) {
    List<String> lines =
        new ArrayList<>(Arrays.stream(page.split("\\R")).map(String::strip).toList());
    lines.removeIf(l -> l.isEmpty() || l.matches("Sida \\d+ \\(\\d+\\)"));
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  @Test
  void noPageEndsWithATableHeaderOrAHeading() {
    List<String> headerEnds =
        List.of("Kommentar", "Utveckling", "fyllelse", "Status", "Framgångsfaktor", "period");
    List<String> headings = new ArrayList<>();
    model.perspectives().forEach(p -> headings.add(p.name()));
    model.actionGroups().forEach(g -> headings.add(g.perspective()));
    for (int p = 0; p < pages.size() - 1; p++) {
      String last = lastBodyLine(pages.get(p));
      assertThat(headerEnds)
          .as("page %d ends with a table header line: %s", p + 1, last)
          .noneMatch(h -> last.replace(SHY, "").endsWith(h) && last.length() < 90);
      assertThat(headings).as("page %d ends with a heading: %s", p + 1, last).doesNotContain(last);
      assertThat(last)
          .as("page %d ends with a strategic goal heading", p + 1)
          .doesNotStartWith("Strategiskt mål:");
    }
  }

  @Test
  void runningTextCarriesSwedishSoftHyphensButNumbersAndHeadingsDoNot() {
    String body = xhtml.substring(xhtml.indexOf("<body"));
    assertThat(body.chars().filter(c -> c == '\u00AD').count()).isGreaterThan(500);
    assertThat(body).doesNotContainPattern("\\d\u00AD|\u00AD\\d");
    assertThat(body).doesNotContainPattern("<h[1-3][^>]*>[^<]*\u00AD");
    assertThat(body).doesNotContainPattern("href=\"[^\"]*\u00AD");
    assertThat(xhtml.substring(0, xhtml.indexOf("<body"))).doesNotContain(SHY);
  }

  @Test
  void theChartsAlternativeTextIsNoVisibleCaption() {
    String alt = model.summary().chartAlt();
    assertThat(xhtml).doesNotContain(">" + alt + "<");
    assertThat(String.join("", pages).replace(SHY, "").replaceAll("\\s+", " "))
        .doesNotContain(alt.replaceAll("\\s+", " ").substring(0, Math.min(40, alt.length())));
    // The words stay available: each bar's counts carry them as their expanded form (abbr title).
    for (var bar : model.summary().bars()) {
      assertThat(xhtml).contains("title=\"" + bar.description() + "\"");
    }
  }

  @Test
  void emptyMetadataFieldsAreLeftOutNotPrintedAsBareLabels() {
    DocumentMeta m = model.meta();
    DocumentMeta sparse =
        new DocumentMeta(
            m.title(),
            m.description(),
            m.author(),
            m.organisation(),
            m.unit(),
            m.periodLabel(),
            m.perLabel(),
            "",
            "",
            m.publicationDate(),
            "",
            m.preparedBy(),
            m.logoDataUri(),
            m.logoAlt(),
            m.paged(),
            m.landscape());

    String out = renderer.xhtml(model.withMeta(sparse), "delarsbilaga.ftl", true, false);

    assertThat(xhtml).contains("DOKUMENT-ID", "VERSION", "ANSVARIG");
    assertThat(out).doesNotContain("DOKUMENT-ID", "VERSION", "ANSVARIG");
    assertThat(out).contains("GÄLLER FÖR VERKSAMHET", "PUBLICERINGSDATUM", "UPPRÄTTAD AV");
  }

  @Test
  void eachSymbolIsJoinedToItsLabelByANoBreakSpace() {
    assertThat(xhtml)
        .containsPattern(
            "<span class=\"sym judgement-[a-z-]+\">[^<]+</span>(&#160;|\u00A0)<span class=\"sym-label\">");
    assertThat(xhtml).doesNotContainPattern("</span> <span class=\"sym-label\">");
  }
}

package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.tertial.kind.appendix.AppendixSummaryParts.ChartBar;
import se.tertial.kind.appendix.AppendixSummaryParts.Summary;

class AppendixXhtmlTest {

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isWellFormedSwedishXhtmlWithMetadata() throws Exception {
    Document doc = parse(RenderedFixture.xhtml());
    Element html = doc.getDocumentElement();
    assertThat(html.getAttribute("lang")).isEqualTo("sv-SE");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Bilaga till delårsrapport per april 2022");
    assertThat(doc.getElementsByTagName("bookmark").getLength()).isGreaterThan(5);
  }

  @Test
  void tablesHaveHeaderCells() throws Exception {
    Document doc = parse(RenderedFixture.xhtml());
    NodeList headers = doc.getElementsByTagName("th");
    assertThat(headers.getLength()).isGreaterThan(10);
    for (int i = 0; i < headers.getLength(); i++) {
      assertThat(((Element) headers.item(i)).getAttribute("scope")).isIn("col", "row");
    }
  }

  private static List<Element> byClass(Document doc, String tag, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = doc.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void theChartIsHtmlNotSvgWithSegmentWidthsFromTheViewModel() throws Exception {
    for (boolean paged : new boolean[] {true, false}) {
      String xhtml =
          RenderedFixture.RENDERER.xhtml(RenderedFixture.MODEL, "delarsbilaga.ftl", paged, false);
      Document doc = parse(xhtml);
      assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*").getLength())
          .isZero();
      assertThat(xhtml).doesNotContainIgnoringCase("svg");

      Summary summary = RenderedFixture.MODEL.summary();
      List<Element> bars = byClass(doc, "span", "chart-bar");
      assertThat(bars).hasSize(summary.bars().size()).hasSize(3);
      for (int b = 0; b < bars.size(); b++) {
        Element bar = bars.get(b);
        assertThat(bar.getAttribute("style")).isEqualTo("width: " + summary.chartWidth() + "px");
        List<String> drawn = new ArrayList<>();
        NodeList children = bar.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
          Element segment = (Element) children.item(i);
          drawn.add(segment.getAttribute("class") + " " + segment.getAttribute("style"));
        }
        assertThat(drawn)
            .containsExactlyElementsOf(
                summary.bars().get(b).segments().stream()
                    .map(s -> "chart-segment " + s.cssClass() + " width: " + s.width() + "px")
                    .toList());
      }
    }
  }

  @Test
  void theCountsBesideEachBarCarryTheirMeaningInWordsAsAnAbbreviationsExpansion() throws Exception {
    // In the PDF the bar is background paint (an artifact) and openhtmltopdf ignores role and
    // aria-*: the counts are the text, and <abbr title> becomes the Span's /E (expanded form).
    Document doc = parse(RenderedFixture.xhtml());
    List<Element> counts = byClass(doc, "abbr", "chart-counts");
    assertThat(counts)
        .extracting(e -> e.getAttribute("title"))
        .containsExactlyElementsOf(
            RenderedFixture.MODEL.summary().bars().stream().map(ChartBar::description).toList())
        .allSatisfy(t -> assertThat(t).contains("uppfyllt", "ej bedömd"));
    assertThat(byClass(doc, "span", "chart-bar"))
        .allSatisfy(bar -> assertThat(bar.hasAttribute("role")).isFalse());
  }

  @Test
  void inTheHtmlFileEachBarIsAnImageNamedByItsPerspectiveAndCounts() throws Exception {
    Document doc =
        parse(
            RenderedFixture.RENDERER.xhtml(
                RenderedFixture.MODEL, "delarsbilaga.ftl", false, false));
    assertThat(byClass(doc, "span", "chart-bar"))
        .allSatisfy(bar -> assertThat(bar.getAttribute("role")).isEqualTo("img"))
        .extracting(bar -> bar.getAttribute("aria-label"))
        .containsExactlyElementsOf(
            RenderedFixture.MODEL.summary().bars().stream().map(ChartBar::alt).toList());
  }

  @Test
  void headingsDoNotSkipLevels() throws Exception {
    String xhtml = RenderedFixture.xhtml();
    int previous = 0;
    var matcher = java.util.regex.Pattern.compile("<h([1-6])").matcher(xhtml);
    while (matcher.find()) {
      int level = Integer.parseInt(matcher.group(1));
      assertThat(level).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @Test
  void htmlVariantHasNoPagedMediaParts() {
    String html =
        RenderedFixture.RENDERER.xhtml(RenderedFixture.MODEL, "delarsbilaga.ftl", false, false);
    assertThat(html)
        .doesNotContain("<bookmarks", "target-counter", "@page")
        .contains("role=\"img\"");
  }
}

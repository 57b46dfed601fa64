package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
  void tablesHaveHeaderCellsAndChartsHaveAltText() throws Exception {
    Document doc = parse(RenderedFixture.xhtml());
    NodeList headers = doc.getElementsByTagName("th");
    assertThat(headers.getLength()).isGreaterThan(10);
    for (int i = 0; i < headers.getLength(); i++) {
      assertThat(((Element) headers.item(i)).getAttribute("scope")).isIn("col", "row");
    }
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isEqualTo(3);
    for (int i = 0; i < svgs.getLength(); i++) {
      assertThat(((Element) svgs.item(i)).getAttribute("alt")).contains("uppfyllt");
    }
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

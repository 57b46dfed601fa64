package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's custom properties are put in place before openhtmltopdf and Batik see the CSS. */
class ThemeCssTest {

  @Test
  void propertiesFallbacksAndPropertiesOfPropertiesAreResolvedAndRootRulesDropped() {
    String xhtml =
        "<html><head><style>:root { --a: #112233; /* note */ --b: var(--a); }\n"
            + "h1 { color: var(--b); border: 1pt solid var(--missing, rgb(1, 2, 3)); }</style>"
            + "</head><body><p>Skriv var(--a) i texten</p><svg><style>.x { fill: var(--a); }"
            + "</style></svg></body></html>";

    String out = new ThemeCss().resolve(xhtml);

    assertThat(out)
        .contains("h1 { color: #112233; border: 1pt solid rgb(1, 2, 3); }")
        .contains(".x { fill: #112233; }")
        .contains("<p>Skriv var(--a) i texten</p>") // text is never touched
        .doesNotContain(":root")
        .doesNotContain("note");
  }

  @Test
  void oneResolverForARunGivesEveryDocumentWhatAFreshResolverGives() {
    String style = "<style>:root { --a: #112233; } p { color: var(--a); }</style>";
    ThemeCss run = new ThemeCss();
    for (String body : List.of("<p>ett</p>", "<p>två</p>", "<p>ett</p>", "<p>:root</p>")) {
      String xhtml = "<html><head>" + style + "</head><body>" + body + "</body></html>";
      assertThat(run.resolve(xhtml)).isEqualTo(new ThemeCss().resolve(xhtml));
    }
    // Without var( in the document only the :root rules go, comments stay: remembered apart.
    String plain = "<style>/* c */ :root { --a: red; } p { color: red; }</style>";
    assertThat(run.resolve(plain)).isEqualTo("<style>/* c */  p { color: red; }</style>");
  }

  @Test
  void aBrokenThemeFailsEveryDocumentOfTheRunNotOnlyTheFirst() {
    ThemeCss run = new ThemeCss();
    String broken = "<style>h1 { color: var(--primar); }</style>";
    assertThatThrownBy(() -> run.resolve(broken)).isInstanceOf(RenderException.class);
    assertThatThrownBy(() -> run.resolve(broken)).isInstanceOf(RenderException.class);
  }

  @Test
  void aPropertySetNowhereIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new ThemeCss().resolve("<style>h1 { color: var(--primar); }</style>"))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("--primar")
        .hasMessageContaining("tema.css");
  }

  @Test
  void aRingOfPropertiesIsAnError() {
    assertThatThrownBy(
            () ->
                new ThemeCss()
                    .resolve(
                        "<style>:root { --a: var(--b); --b: var(--a); } p { color: var(--a); }</style>"))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("ring");
  }

  @Test
  void theBundledTemplatesUseOnlyTheThemeAndLeaveNoVarBehind() {
    String xhtml = RenderedFixture.xhtml();

    assertThat(xhtml).doesNotContain("var(").doesNotContain(":root");
    // The four judgement colours of the bundled theme reach the symbols and the chart's bars.
    assertThat(xhtml)
        .contains(".judgement-met, .trend-improved, .status-on-track { color: #1E7B34;");
    assertThat(xhtml)
        .contains(".chart-segment.judgement-not-met { background-color: #C0262D; }")
        .contains("background-color: #F2F4F7;");
  }

  @Test
  void aThemeFileInTheTemplateFolderRestylesEveryStylesheet(@TempDir Path dir) throws Exception {
    Path common = Files.createDirectories(dir.resolve("common"));
    String bundled =
        new String(
            ThemeCssTest.class.getResourceAsStream("/templates/common/tema.css").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(
        common.resolve("tema.css"),
        bundled
            .replace("--primary: #1A3A5C;", "--primary: #5B2A86;")
            .replace("--judgement-met: #1E7B34;", "--judgement-met: #0B6E4F;"));

    String xhtml =
        new TemplateRenderer(TemplateEngine.fromDirectory(dir))
            .xhtml(RenderedFixture.MODEL, "delarsbilaga.ftl", true, false);

    assertThat(xhtml)
        .contains("color: #5B2A86")
        .contains("fill: #0B6E4F")
        .doesNotContain("#1A3A5C")
        .doesNotContain("#1E7B34");
  }
}

package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.model.Section;
import se.tertial.view.DocumentMeta;

class TemplateSafetyTest {

  @TempDir Path dir;

  private static final String HOSTILE =
      "Före ${7*7} <#assign x=1>${x} <script>alert('x')</script>"
          + "<img src=x onerror=alert(1)> [länk](javascript:alert(2)) efter";

  @Test
  void injectionInTextCellsPrintsLiterallyOrIsRemoved() {
    var evaluation =
        Fixtures.evaluation(
            List.of(new Section("Perspektiv: Verksamhet", "Verksamhet", HOSTILE, Fixtures.WHERE)));
    AppendixViewModel model = new AppendixViewModelBuilder().build(evaluation, "");
    String xhtml = TemplateEngine.bundled().process("delarsbilaga.ftl", model);
    assertThat(xhtml)
        .contains("Före ${7*7}")
        .doesNotContain("Före 49")
        .doesNotContain("<script", "onerror", "javascript:", "alert(");
  }

  @Test
  void plainStringsAreEscaped() {
    String xhtml =
        TemplateEngine.bundled()
            .process("delarsbilaga.ftl", RenderedFixture.MODEL.withMeta(withUnit("<b>A&B</b>")));
    assertThat(xhtml).contains("&lt;b&gt;A&amp;B&lt;/b&gt;").doesNotContain("<b>A&B</b>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "<#assign ob = \"freemarker.template.utility.ObjectConstructor\"?new()>x",
        "${meta?api.getClass().getName()}",
        "${meta.class}",
        "${meta.getClass().forName(\"java.lang.Runtime\")}",
        "${meta.hashCode()}",
        "<#include \"/etc/passwd\">",
        "<#include \"../../../../../../etc/passwd\">",
        "<#import \"/etc/hosts\" as h>",
        "${.data_model?keys?join(\",\")}${.globals.getClass()}",
        "<#assign t = \"${1}\"?interpret><@t/>${meta.toString()}",
        "<#list"
      })
  void maliciousCustomTemplateFailsWithClearErrorAndNoOutput(String body) throws Exception {
    Files.writeString(dir.resolve("delarsbilaga.ftl"), body);
    TemplateEngine engine = TemplateEngine.fromDirectory(dir);
    assertThatThrownBy(() -> engine.process("delarsbilaga.ftl", RenderedFixture.MODEL))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("mallen");
  }

  @Test
  void templateCannotReadFilesThroughTheRenderer() throws Exception {
    Files.writeString(
        dir.resolve("delarsbilaga.ftl"),
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head><title>t</title>"
            + "<link rel=\"stylesheet\" href=\"file:///etc/passwd\"/></head><body>"
            + "<img src=\"file:///etc/passwd\" alt=\"x\"/>"
            + "<p style=\"font-family: 'Liberation Sans'\">${meta.title}</p></body></html>");
    TemplateRenderer renderer = new TemplateRenderer(TemplateEngine.fromDirectory(dir));
    byte[] pdf =
        renderer.pdf(RenderedFixture.MODEL, "delarsbilaga.ftl", false, RenderedFixture.DATES);
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("root:");
  }

  @Test
  void userDirectoryOverridesOnlyWhatItHas() throws Exception {
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(dir.resolve("common/base.css"), "h1 { color: #000000; } /* egen */");
    String xhtml =
        TemplateEngine.fromDirectory(dir).process("delarsbilaga.ftl", RenderedFixture.MODEL);
    assertThat(xhtml).contains("/* egen */").contains("Teckenförklaring");
  }

  @Test
  void missingDirectoryIsAClearError() {
    assertThatThrownBy(() -> TemplateEngine.fromDirectory(dir.resolve("finns-inte")))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("finns inte");
  }

  private static DocumentMeta withUnit(String unit) {
    var m = RenderedFixture.MODEL.meta();
    return new DocumentMeta(
        m.title(),
        m.description(),
        m.author(),
        m.organisation(),
        unit,
        m.periodLabel(),
        m.perLabel(),
        m.documentId(),
        m.version(),
        m.publicationDate(),
        m.responsible(),
        m.preparedBy(),
        m.logoDataUri(),
        m.logoAlt(),
        true,
        false);
  }
}

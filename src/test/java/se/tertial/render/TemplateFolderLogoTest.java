package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.files.Logo;

/** A logo in the template folder serves every unit that has none of its own. */
class TemplateFolderLogoTest {

  private static void png(Path file, int rgb) throws Exception {
    BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, rgb);
    ImageIO.write(image, "png", file.toFile());
  }

  private static String html(Path templates, Path input) {
    DocumentRenderer renderer =
        new DocumentRenderer(
            TemplateEngine.fromDirectory(templates),
            new DocumentRenderer.Options(DocumentRenderer.Format.HTML, false, null));
    return new String(
        renderer.render(Fixtures.evaluation(), Logo.beside(input)), StandardCharsets.UTF_8);
  }

  @Test
  void theTemplateFoldersLogoIsUsedWhenTheUnitHasNone(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Path unit = Files.createDirectories(dir.resolve("enhet"));
    png(templates.resolve("logo.png"), 0x123456);

    String html = html(templates, unit.resolve("enhet.xlsx"));

    assertThat(html).contains("<img src=\"data:image/png;base64,");
  }

  @Test
  void theUnitsOwnLogoWinsOverTheTemplateFolders(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Path unit = Files.createDirectories(dir.resolve("enhet"));
    png(templates.resolve("logo.png"), 0x123456);
    png(unit.resolve("logo.png"), 0x654321);
    String own =
        java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(unit.resolve("logo.png")));

    String html = html(templates, unit.resolve("enhet.xlsx"));

    assertThat(html).contains("data:image/png;base64," + own);
  }

  @Test
  void withoutAnyLogoThereIsNone(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Path unit = Files.createDirectories(dir.resolve("enhet"));

    assertThat(html(templates, unit.resolve("enhet.xlsx"))).doesNotContain("<img");
  }
}

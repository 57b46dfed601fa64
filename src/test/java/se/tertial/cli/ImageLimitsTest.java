package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.files.ImageSize;
import se.tertial.testing.BombImages;

/**
 * Decompression bombs (a real 25 000 × 25 000 pixel PNG of 80 kB, a JPEG whose header claims as
 * much) wherever an image can enter a document: as the unit's logo, as the template folder's logo,
 * and as a data: URI in a template or in the theme's style sheet. One limit, {@link
 * ImageSize#MAX_PIXELS} a side, read from the header: a logo over it is left out with a warning, a
 * template's image over it is an error naming the file and line (exit 2, no document), in every
 * format. Never embedded at full size, never decoded (the tests would run out of memory).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ImageLimitsTest extends CommandLineHarness {
  private static final byte[] PNG_BOMB = BombImages.png(25_000, 25_000);
  private static final byte[] JPEG_BOMB = BombImages.jpeg(25_000, 25_000);

  private static final String TITLE_PAGE =
      "<@l.titlePage meta=meta subtitle=\"Period: ${meta.periodLabel} (${meta.perLabel})\"/>";

  private Path csv;
  private Path templates;

  @BeforeEach
  void copySampleAndTemplates() throws IOException {
    csv = copyOfSample("enhet/csv");
    templates = Files.createDirectories(dir.resolve("mallar"));
  }

  @Test
  void theBombsAreTinyOnDiskAndHugeByTheirHeaders() throws IOException {
    assertThat(PNG_BOMB.length).isLessThan(200_000);
    assertThat(ImageSize.of(PNG_BOMB)).contains(new ImageSize("png", 25_000, 25_000));
    assertThat(ImageSize.of(JPEG_BOMB).orElseThrow())
        .extracting(ImageSize::width, ImageSize::height)
        .containsExactly(25_000, 25_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "html", "docx"})
  void aBombInATemplatesImgIsRefusedNamingTheTemplateAndLine(String format) throws IOException {
    int line = templateWithImage("image/png", PNG_BOMB);
    Path output = dir.resolve("bilaga." + format);

    int exit =
        run("render", csv.toString(), "--templates", templates.toString(), "-o", output.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "Fel i mallen delarsbilaga.ftl (i "
                + templates
                + "), rad "
                + line
                + ": bilden"
                + " (data:image/png) är 25000 × 25000 bildpunkter, större än 4000 × 4000 som"
                + " tillåts, och bäddas aldrig in")
        .doesNotContain("Exception", "\tat ");
    assertThat(output).doesNotExist();
  }

  @Test
  void aJpegBombInTheThemesStyleSheetIsRefusedNamingTheThemeAndLine() throws IOException {
    List<String> theme =
        Files.readAllLines(Path.of("templates/common/tema.css"), StandardCharsets.UTF_8);
    Files.createDirectories(templates.resolve("common"));
    Files.writeString(
        templates.resolve("common/tema.css"),
        String.join("\n", theme)
            + "\n.title-page { background-image: url("
            + BombImages.dataUri("image/jpeg", JPEG_BOMB)
            + "); }\n");
    Path output = dir.resolve("bilaga.pdf");

    int exit =
        run("render", csv.toString(), "--templates", templates.toString(), "-o", output.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "Fel i mallen common/tema.css (i "
                + templates
                + "), rad "
                + (theme.size() + 1)
                + ": bilden (data:image/jpeg) är 25000 × 25000 bildpunkter");
    assertThat(output).doesNotExist();
  }

  @Test
  void aBatchRefusesTheReportsOfATemplateWithABomb() throws IOException {
    templateWithImage("image/png", PNG_BOMB);
    Files.writeString(
        dir.resolve("region.yaml"),
        "inputs:\n  - \"enhet/csv\"\ntemplates: mallar\n",
        StandardCharsets.UTF_8);

    int exit =
        run("batch", dir.resolve("region.yaml").toString(), "-o", dir.resolve("ut").toString());

    assertThat(exit).as(out.toString() + err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString() + err).contains("25000 × 25000 bildpunkter");
    try (var written = Files.list(dir.resolve("ut"))) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".pdf"));
    }
  }

  @Test
  void anImageAtTheLimitIsEmbeddedAndOneBeyondItIsNot() throws IOException {
    int line = templateWithImage("image/png", BombImages.png(ImageSize.MAX_PIXELS, 1));
    Path html = dir.resolve("bilaga.html");
    assertThat(
            run(
                "render",
                csv.toString(),
                "--templates",
                templates.toString(),
                "-o",
                html.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(html)).contains("data:image/png;base64,");

    templateWithImage("image/png", BombImages.png(1, ImageSize.MAX_PIXELS + 1));
    Files.delete(html);
    assertThat(
            run(
                "render",
                csv.toString(),
                "--templates",
                templates.toString(),
                "-o",
                html.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("rad " + line + ": bilden (data:image/png) är 1 × 4001");
    assertThat(html).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "html", "docx"})
  void anImageTheTemplateNamesByPathIsNeverReadAndTheWarningSaysSoInEveryFormat(String format)
      throws IOException {
    Files.write(templates.resolve("karta.png"), BombImages.png(10, 10));
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(Path.of("templates/delarsbilaga.ftl"), StandardCharsets.UTF_8));
    int at = lines.indexOf(TITLE_PAGE);
    lines.add(at + 1, "<p><img src=\"karta.png\" alt=\"Karta\"/></p>");
    // Text that says url( in words, outside any style sheet, is no reference.
    lines.add(at + 2, "<p>Kartan finns på url(inte-en-bild.png).</p>");
    Files.writeString(templates.resolve("delarsbilaga.ftl"), String.join("\n", lines) + "\n");
    Path output = dir.resolve("bilaga." + format);

    int exit =
        run("render", csv.toString(), "--templates", templates.toString(), "-o", output.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(output).exists();
    assertThat(err.toString())
        .contains(
            "varning: mallen hänvisar till bilden \"karta.png\", men dokumentet (PDF, HTML eller"
                + " Word) bäddar bara in bilder som står i mallen som data:-URI")
        .doesNotContain("inte-en-bild.png");
    assertThat(
            run(
                "render",
                csv.toString(),
                "--templates",
                templates.toString(),
                "-o",
                dir.resolve("b2." + format).toString(),
                "--strict"))
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"logo.png", "logo.jpg"})
  void aBombAsTheUnitsLogoIsLeftOutWithAWarning(String name) throws IOException {
    Files.write(csv.resolve(name), name.endsWith(".png") ? PNG_BOMB : JPEG_BOMB);
    Path pdf = dir.resolve("bilaga.pdf");

    int exit = run("render", csv.toString(), "-o", pdf.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString())
        .contains("varning: " + name + ": logotypen är 25000 × 25000 bildpunkter, större än 4000");
    assertThat(Files.size(pdf)).isLessThan(2_000_000);
    assertThat(run("check", csv.toString(), "--strict")).isEqualTo(ExitCodes.FINDINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"logo.png", "logo.jpg"})
  void aBombAsTheTemplateFoldersLogoIsLeftOutWithAWarning(String name) throws IOException {
    Files.write(templates.resolve(name), name.endsWith(".png") ? PNG_BOMB : JPEG_BOMB);
    Path html = dir.resolve("bilaga.html");

    int exit =
        run("render", csv.toString(), "--templates", templates.toString(), "-o", html.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString())
        .contains(name + " (mallkatalogens logotyp): logotypen är 25000 × 25000 bildpunkter");
    assertThat(Files.readString(html)).doesNotContain("data:image/");
  }

  /**
   * The bundled delarsbilaga.ftl in {@link #templates} with an image of {@code bytes} on a line of
   * its own after the layout's import; returns that line's number.
   */
  private int templateWithImage(String mime, byte[] bytes) throws IOException {
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(Path.of("templates/delarsbilaga.ftl"), StandardCharsets.UTF_8));
    int at = lines.indexOf(TITLE_PAGE);
    assertThat(at).isNotNegative();
    lines.add(
        at + 1, "<p><img src=\"" + BombImages.dataUri(mime, bytes) + "\" alt=\"Karta\"/></p>");
    Files.writeString(templates.resolve("delarsbilaga.ftl"), String.join("\n", lines) + "\n");
    return at + 2;
  }
}

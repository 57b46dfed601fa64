package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A theme or template naming a font the PDF does not embed never gives a PDF without letters: the
 * text is drawn with Liberation Sans and a warning names the font (before, every letter was missing
 * and the exit code 0, since only the symbol fallbacks were tried, which have digits and
 * punctuation only).
 */
class ThemeFontCoverageTest extends CommandLineHarness {

  @ParameterizedTest
  @ValueSource(strings = {"\"DejaVu Serif\", serif", "monospace"})
  void aFontThatIsNotEmbeddedPrintsWithLiberationSansAndIsNamedInAWarning(String font)
      throws Exception {
    Path templates = copyOfTemplates(font);
    Path pdf = dir.resolve("bilaga.pdf");

    int exit =
        run("render", SAMPLE.toString(), "--templates", templates.toString(), "-o", "" + pdf);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    String family = font.split(",")[0].replace("\"", "").replace("'", "").strip();
    assertThat(err.toString())
        .contains(
            "varning: typsnittet \""
                + family
                + "\" som mallen eller temat anger är inte inbäddat i PDF:en, så texten skrivs"
                + " med Liberation Sans i stället");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Region Norrbotten", "Division Länssjukvård", "Åtgärder");
    }

    assertThat(
            run(
                "render",
                SAMPLE.toString(),
                "--strict",
                "--templates",
                templates.toString(),
                "-o",
                dir.resolve("strikt.pdf").toString()))
        .as("the warning counts under --strict")
        .isEqualTo(ExitCodes.FINDINGS);
  }

  private Path copyOfTemplates(String font) throws Exception {
    Path copy = dir.resolve("mallar");
    Path source = Path.of("templates");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    Path theme = copy.resolve("common/tema.css");
    Files.writeString(
        theme, Files.readString(theme).replaceFirst("--font:[^;]*;", "--font: " + font + ";"));
    return copy;
  }
}

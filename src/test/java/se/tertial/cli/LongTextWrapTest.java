package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long unbreakable text wraps instead of running off the page: a 5 000-character URL in a Kommentar
 * and a 10 000-character measure name are printed whole, every glyph inside the page.
 */
class LongTextWrapTest {
  static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");

  @TempDir Path dir;

  @Test
  void aLongUrlAndALongMeasureNameWrapAndStayOnThePage() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path file : files.toList()) {
        Files.copy(file, csv.resolve(file.getFileName().toString()));
      }
    }
    replace(
        csv.resolve("utfall.csv"),
        "M01;2022-T1;41;41;;;;",
        "M01;2022-T1;41;41;;;Se https://example.se/" + "a".repeat(5000) + " slut;");
    replace(
        csv.resolve("styrmatt.csv"),
        "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första"
            + " besök i specialiserad vård",
        "q".repeat(10_000));
    Path pdf = dir.resolve("lang.pdf");

    int exit =
        TertialCommand.execute(
            new String[] {"render", csv.toString(), "-o", pdf.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertThat(exit).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    int[] inside = new int[2];
    int[] outside = new int[1];
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              float width = getCurrentPage().getMediaBox().getWidth();
              for (TextPosition p : positions) {
                boolean on = p.getXDirAdj() >= 0 && p.getXDirAdj() + p.getWidthDirAdj() <= width;
                if (!on) {
                  outside[0]++;
                } else if (p.getUnicode().equals("a")) {
                  inside[0]++;
                } else if (p.getUnicode().equals("q")) {
                  inside[1]++;
                }
              }
            }
          };
      stripper.getText(doc);
    }
    assertThat(outside[0]).as("glyphs off the page").isZero();
    assertThat(inside[0])
        .as("a's of the URL (and a few of ordinary words)")
        .isGreaterThanOrEqualTo(5000);
    assertThat(inside[1])
        .as("q's of the measure name, printed at least once whole")
        .isGreaterThanOrEqualTo(10_000);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}

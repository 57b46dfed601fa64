package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.model.Outcome;
import se.tertial.testing.ReadInput;

/**
 * Reading never interprets cell text (markup and template syntax stay literal for the renderer to
 * escape) and never resolves XML entities that point outside the workbook.
 */
class ReadSafetyTest {
  @TempDir Path dir;

  private static final String MARKUP =
      "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
          + " ${7*7} <#assign x=1>${x} تحسن 👍 שיפור";

  @Test
  void markupTemplateSyntaxAndRtlTextAreKeptLiterally() throws IOException {
    Path csv =
        new Fixture()
            .with(
                "utfall",
                "ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning\n"
                    + "M01;2022-T1;41;40;;;"
                    + MARKUP
                    + ";\nM02;2022-T1;;;-17,7;;;\n")
            .writeCsv(dir.resolve("csv"));

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings()).isEmpty();
    Outcome outcome = result.report().orElseThrow().outcomes().get(0);
    assertThat(outcome.comment()).isEqualTo(MARKUP);
  }

  @Test
  void externalEntityInASheetIsNeverResolved() throws Exception {
    Path workbook = dir.resolve("enhet.xlsx");
    CorpusInputs.forCase("xlsx-xxe-doctype").write(workbook);
    assertThat(Files.readString(dir.resolve("hemlig.txt"))).isEqualTo("HEMLIGT-INNEHALL-4711");

    ReadResult result = ReadInput.read(workbook);

    assertThat(result.report()).isEmpty();
    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "enhet.xlsx: arbetsboken är skadad och kan inte läsas; öppna den i Excel och spara"
                + " som .xlsx");
  }

  @Test
  void cellOverExcelsLengthIsAnErrorAndItsRowIsLeftOut() throws IOException {
    String longText = "x".repeat(Limits.MAX_CELL_CHARS + 1);
    Path csv =
        new Fixture()
            .with(
                "utfall",
                "ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning\n"
                    + "M01;2022-T1;41;40;;;"
                    + longText
                    + ";\nM02;2022-T1;;;-17,7;;;\n")
            .writeCsv(dir.resolve("csv"));

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings())
        .map(Finding::toString)
        .containsExactly(
            "utfall.csv rad 2, kolumn Kommentar: cellen har 32768 tecken; högst 32767 tillåts"
                + " (mer ryms inte i en Excel-cell), korta texten");
    assertThat(result.report().orElseThrow().outcomes())
        .extracting(Outcome::measureId)
        .containsExactly("M02");
  }

  @Test
  void cellOfExactlyExcelsLengthIsRead() throws IOException {
    String text = "x".repeat(Limits.MAX_CELL_CHARS);
    Path csv =
        new Fixture()
            .with(
                "utfall",
                "ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning\n"
                    + "M01;2022-T1;41;40;;;"
                    + text
                    + ";\nM02;2022-T1;;;-17,7;;;\n")
            .writeCsv(dir.resolve("csv"));

    assertThat(ReadInput.read(csv).findings()).isEmpty();
  }
}

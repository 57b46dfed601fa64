package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every command with a bad option value, and manifests with syntax errors or in other encodings:
 * exit 2 with one Swedish line that names the option (or the manifest's line and column) and the
 * accepted form — never picocli's or Jackson's English, never a Java class name.
 */
class SwedishMessagesTest extends CommandLineHarness {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "batch m.yaml --jobs två | ogiltig --jobs: \"två\" är inget heltal",
        "batch m.yaml --format docx | ogiltig --format: \"docx\" är inget format; välj",
        "check SAMPLE --tolerance abc | ogiltig --tolerance: \"abc\" är inget tal; skriv t.ex. 10",
        "check SAMPLE --format yaml | ogiltig --format: \"yaml\" är inget giltigt värde; välj",
        "check SAMPLE --period T9 | ogiltig --period: \"T9\" är ingen period",
        "evaluate SAMPLE --tolerance 1e | ogiltig --tolerance: \"1e\" är inget tal",
        "evaluate SAMPLE --trend-base igår | ogiltig --trend-base: okänd jämförelsebas",
        "evaluate SAMPLE --tolerance -5 | ogiltig --tolerance: toleransgränsen kan inte vara negativ",
        "evaluate SAMPLE --format xml | ogiltig --format: \"xml\" är inget giltigt värde; välj",
        "diff SAMPLE --from 2022-T9 | ogiltig --from: \"2022-T9\" är ingen period",
        "diff SAMPLE --to x | ogiltig --to: \"x\" är ingen period",
        "render SAMPLE --tolerance tio | ogiltig --tolerance: \"tio\" är inget tal",
        "render SAMPLE --landscape=kanske | ogiltig --landscape: \"kanske\" är varken true eller false",
        "render SAMPLE --format doc | ogiltig --format: \"doc\" är inget giltigt värde; välj",
        "next-period SAMPLE ny.xlsx --period 2022-T7 | ogiltig --period:",
        "rule minst 5 --format xml | ogiltig --format: \"xml\" är inget giltigt värde; välj",
        "completion fish | ogiltig SKAL: \"fish\" är inget giltigt värde; välj bash, zsh",
        "init --kind okänd x.xlsx | okänd rapporttyp \"okänd\"",
      })
  void aBadOptionValueIsOneSwedishLineNamingTheOption(String command, String expected) {
    String[] args =
        command.replace("SAMPLE", SAMPLE.toString()).replace("m.yaml", manifest()).split(" ");

    int exit = run(args);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().lines().findFirst().orElse(""))
        .startsWith("tertial: ")
        .contains(expected);
    assertThat(err.toString())
        .doesNotContain("Invalid value", "is not", "cannot convert", "Exception", "java.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m.yaml | inputs: [\"a.xlsx\"\\noutput: ut\\n | manifestet har ett syntaxfel på rad 1",
        "m.json | {\"inputs\": [\"a.xlsx\",]} | manifestet har ett syntaxfel på rad 1, kolumn 22",
        "m.yaml | inputs: [a]\\ninputs: [b]\\n | syntaxfel på rad 2, kolumn 9: samma fält står två"
            + " gånger",
      })
  void aManifestSyntaxErrorNamesLineAndColumnInSwedish(String name, String text, String expected)
      throws Exception {
    Path manifest = dir.resolve(name);
    Files.writeString(manifest, text.replace("\\n", "\n"));

    assertThat(run("batch", manifest.toString())).isEqualTo(ExitCodes.BAD_INPUT);

    assertThat(err.toString())
        .contains(expected)
        .doesNotContain("Unexpected", "expected", "Exception", "java.", "line:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-16", "UTF-16LE", "UTF-8"})
  void aManifestInUtf16OrUtf8IsRead(String encoding) throws Exception {
    Path units = Files.createDirectories(dir.resolve("enheter"));
    Files.copy(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"), units.resolve("å.xlsx"));
    Path manifest = dir.resolve("batch.yaml");
    Files.write(manifest, "inputs: [\"enheter/å.xlsx\"]\noutput: ut\n".getBytes(encoding));

    int exit = run("batch", manifest.toString());

    assertThat(exit).as(out.toString() + err).isZero();
    assertThat(dir.resolve("ut")).isDirectoryContaining(p -> p.toString().endsWith(".pdf"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ISO-8859-1"})
  void aManifestInAnotherEncodingIsASwedishErrorNamingTheLine(String encoding) throws Exception {
    Path manifest = dir.resolve("batch.yaml");
    Files.write(manifest, "output: ut\ninputs: [\"å.xlsx\"]\n".getBytes(encoding));

    assertThat(run("batch", manifest.toString())).isEqualTo(ExitCodes.BAD_INPUT);

    assertThat(err.toString())
        .contains("manifestet är inte kodat som UTF-8 (en ogiltig byte på rad 2)")
        .doesNotContain("CharConversion", "Exception");
  }

  private String manifest() {
    try {
      Path manifest = dir.resolve("m.yaml");
      Files.writeString(manifest, "inputs: [\"x.xlsx\"]\n");
      return manifest.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

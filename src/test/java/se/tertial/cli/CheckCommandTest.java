package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertial check}, driven in-process. */
class CheckCommandTest {
  static final String SAMPLE = "sample-data/lansjukvard2/csv";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void sampleHasNoErrorsAndTheSeedsOwnTwoWarnings() {
    int exit = run("check", SAMPLE);

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            "varning: styrmatt.csv rad 2, kolumn Fotnot: fotnoten \"4\" till styrmått M01 har ingen"
                + " text och skrivs inte ut; skriv fotnotens text i kolumnen Fotnot",
            "varning: atgardsstatus.csv rad 19, kolumn Status: \"Ej fåbörjats\" är felstavat;"
                + " skriv \"Ej påbörjad\"",
            "Kontroll klar: 0 fel, 2 varningar.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void strictTurnsWarningsIntoExitOne() {
    assertThat(run("check", "--strict", SAMPLE)).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void errorsGiveExitTwoAndAreAllListed() throws IOException {
    Path folder = dir.resolve("csv");
    copySample(folder);
    String outcomes = Files.readString(folder.resolve("utfall.csv"));
    Files.writeString(
        folder.resolve("utfall.csv"), outcomes.replace("M01;2022-T1;41;41", "M01;2022-T1;4l%;41"));

    int exit = run("check", folder.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString())
        .contains("fel: utfall.csv rad 2, kolumn Kvinnor: \"4l%\" är inget tal")
        .contains("Kontroll klar: 1 fel, 2 varningar.");
  }

  @Test
  void missingInputIsAFindingWithExitTwo() {
    int exit = run("check", dir.resolve("saknas.xlsx").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).contains("saknas.xlsx: filen eller mappen finns inte");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void jsonListsEveryFindingWithItsPosition() throws IOException {
    int exit = run("check", "--format", "json", SAMPLE);

    assertThat(exit).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("errors").asInt()).isZero();
    assertThat(json.get("warnings").asInt()).isEqualTo(2);
    assertThat(json.at("/reports/0/input").asText()).isEqualTo(SAMPLE);
    assertThat(json.at("/reports/0/period").asText()).isEqualTo("2022-T1");
    JsonNode finding = json.at("/reports/0/findings").get(1);
    assertThat(finding.get("severity").asText()).isEqualTo("warning");
    assertThat(finding.get("code").asText()).isEqualTo("status.misspelt");
    assertThat(finding.get("file").asText()).isEqualTo("atgardsstatus.csv");
    assertThat(finding.get("sheet").isNull()).isTrue();
    assertThat(finding.get("row").asInt()).isEqualTo(19);
    assertThat(finding.get("column").asText()).isEqualTo("Status");
    assertThat(finding.get("message").asText())
        .isEqualTo("\"Ej fåbörjats\" är felstavat; skriv \"Ej påbörjad\"");
  }

  @Test
  void periodOptionChangesThePeriodChecked() {
    int exit = run("check", "--period", "2021-T1", "--strict", SAMPLE);

    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString())
        .contains("styrmatt.csv rad 2, kolumn ID: styrmåttet M01 saknar utfall för 2021-T1");
  }

  @Test
  void badPeriodOptionIsAUsageError() {
    int exit = run("check", "--period", "T9", SAMPLE);

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("tertial: ogiltig --period: \"T9\" är ingen period");
  }

  private static void copySample(Path target) throws IOException {
    Files.createDirectories(target);
    try (var files = Files.list(Path.of(SAMPLE))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}

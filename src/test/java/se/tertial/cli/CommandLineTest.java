package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line as a whole, and the small commands: usage errors, help, version, diff. */
class CommandLineTest {
  static final String SAMPLE = "sample-data/lansjukvard2/csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void unknownOptionIsOneSwedishLinePlusHintAndExitTwo() {
    int exit = run("check", "--nonsense", SAMPLE);

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().lines())
        .containsExactly(
            "tertial: okänd flagga --nonsense", "Se 'tertial check --help' för hjälp.");
  }

  @Test
  void missingArgumentIsNamed() {
    assertThat(run("evaluate")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("tertial: saknar <indata>");
  }

  @Test
  void noCommandAsksForOne() {
    assertThat(run()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ange ett kommando");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Kommandon:").contains("check").contains("diff");
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("tertial ");
  }

  @Test
  void diffListsWhatChangedBetweenTwoPeriods() throws Exception {
    int exit = run("diff", SAMPLE, "--from", "2021-T1", "--to", "2022-T1", "--format", "json");

    assertThat(exit).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("from").asText()).isEqualTo("2021-T1");
    assertThat(json.get("to").asText()).isEqualTo("2022-T1");
    // M03 (K 12→29, M 7→4 against "Öka") had no judgement without 2022 data.
    assertThat(json.get("judgements").findValuesAsText("id")).contains("M03");
    // Every action got its first status in 2022-T1.
    assertThat(json.get("statuses")).hasSize(40);
    assertThat(json.get("statuses").get(17).get("to").asText()).isEqualTo("not_started");
  }

  @Test
  void diffWithBadPeriodNamesTheOption() {
    int exit = run("diff", SAMPLE, "--from", "2021-T9", "--to", "2022-T1");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    // The one wording of a bad period option, the same in every command.
    assertThat(err.toString()).startsWith("tertial: ogiltig --from: \"2021-T9\" är ingen period");
  }

  @Test
  void inputErrorsEndEvaluateWithEveryFindingAndExitTwo() {
    int exit = run("evaluate", "does-not-exist.xlsx");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("fel: does-not-exist.xlsx");
    assertThat(out.toString()).isEmpty();
  }
}

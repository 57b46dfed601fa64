package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every reading command goes through one pipeline: the same findings, the same period handling, the
 * same usage errors and the same exit codes.
 */
class InputPipelineTest extends CommandLineHarness {

  private static List<String> warnings(String text) {
    return text.lines().filter(l -> l.startsWith("varning: ")).toList();
  }

  /** The sample with M01's target replaced by a text no target rule reads. */
  private Path sampleWithUnreadableTarget() throws IOException {
    Path folder = copyOfSample("csv");
    Path measures = folder.resolve("styrmatt.csv");
    String text = Files.readString(measures);
    Files.writeString(measures, text.replace(";100 % i dec;", ";så bra som det går;"));
    return folder;
  }

  @Test
  void checkStrictFailsExactlyWhereRenderWarns() throws IOException {
    Path input = sampleWithUnreadableTarget();

    int check = run("check", "--strict", input.toString());
    List<String> checkWarnings = warnings(out.toString());
    int render = run("render", "--strict", input.toString(), "-o", dir.resolve("b.pdf").toString());
    List<String> renderWarnings = warnings(err.toString());

    assertThat(check).isEqualTo(ExitCodes.FINDINGS);
    assertThat(render).isEqualTo(ExitCodes.FINDINGS);
    // The judging step's warning about M01's target is among check's findings too.
    assertThat(checkWarnings)
        .anyMatch(l -> l.contains("M01") && l.contains("så bra som det går"))
        .containsExactlyElementsOf(renderWarnings);
  }

  @Test
  void renderChecksCompletenessForThePeriodAskedFor() {
    int check = run("check", "--period", "2021-T1", SAMPLE.toString());
    List<String> checkWarnings = warnings(out.toString());
    int render =
        run("render", "--period", "2021-T1", SAMPLE.toString(), "-o", dir.resolve("b.pdf") + "");
    List<String> renderWarnings = warnings(err.toString());

    assertThat(check).isZero();
    assertThat(render).isZero();
    assertThat(renderWarnings)
        .anyMatch(l -> l.contains("styrmåttet M01 saknar utfall för 2021-T1"))
        .containsExactlyElementsOf(checkWarnings);
  }

  @Test
  void aBadPeriodIsTheSameUsageErrorInEveryCommand() {
    String sample = SAMPLE.toString();
    List<String[]> calls =
        List.of(
            new String[] {"check", sample, "--period", "2022-T9"},
            new String[] {"evaluate", sample, "--period", "2022-T9"},
            new String[] {"render", sample, "--period", "2022-T9"},
            new String[] {"init", dir.resolve("a.xlsx").toString(), "--period", "2022-T9"});
    for (String[] call : calls) {
      assertThat(run(call)).as(call[0]).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString())
          .as(call[0])
          .startsWith("tertial: ogiltig --period: \"2022-T9\"")
          .contains("Se 'tertial " + call[0] + " --help'");
    }
    assertThat(run("diff", sample, "--from", "2022-T9", "--to", "2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("tertial: ogiltig --from: \"2022-T9\"");
  }

  @Test
  void everyJudgingCommandTakesTheJudgementSettings() {
    String sample = SAMPLE.toString();
    assertThat(run("check", sample, "--trend-base", "sideways")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("okänd jämförelsebas \"sideways\"");
    assertThat(run("render", sample, "--tolerance", "-1", "-o", dir.resolve("b.pdf") + ""))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("toleransgränsen kan inte vara negativ");
    assertThat(dir.resolve("b.pdf")).doesNotExist();
    assertThat(run("diff", sample, "--from", "2021-T1", "--to", "2022-T1", "--tolerance", "5"))
        .isZero();
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void aJvmErrorIsOneSwedishLineAndExitThreeWithTheTraceOnlyUnderDebug() {
    CommandLine cmd = TertialCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
    cmd.addSubcommand(new Boom());

    int exit = TertialCommand.execute(cmd, new String[] {"boom"});

    assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("Internt fel i tertial: minnet tog slut");

    err = new StringWriter();
    cmd = TertialCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
    cmd.addSubcommand(new Boom());
    assertThat(TertialCommand.execute(cmd, new String[] {"boom", "--debug"}))
        .isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("java.lang.OutOfMemoryError: Java heap space", "at ");
  }
}

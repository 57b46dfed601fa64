package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.tertial.model.Finding;
import se.tertial.model.SourceRef;
import se.tertial.read.ReadResult;
import se.tertial.render.Fixtures;

/** Drives {@code render} in-process with the hand-built fixture as reader and evaluator result. */
class RenderCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(ReadResult read, String... args) {
    var evaluation = Fixtures.evaluation();
    RenderCommand command = new RenderCommand(path -> read, (report, period) -> evaluation);
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExitCodeExceptionMapper(
        e -> e instanceof UserException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL);
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          line.getErr().println(ex.getMessage());
          return line.getExitCodeExceptionMapper().getExitCode(ex);
        });
    return cmd.execute(args);
  }

  private Path input() throws Exception {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    return csv;
  }

  private static ReadResult ok() {
    return new ReadResult(Optional.of(Fixtures.evaluation().report()), List.of());
  }

  @Test
  void writesThePdfNextToTheInputWithASwedishSafeName() throws Exception {
    Path input = input();
    assertThat(run(ok(), input.toString())).isZero();
    Path pdf = dir.resolve("division-lanssjukvard-2-2022-T1.pdf");
    assertThat(pdf).exists();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    assertThat(out.toString()).contains("Skrev").contains("division-lanssjukvard-2-2022-T1.pdf");
    assertThat(err.toString()).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void writesOneSelfContainedHtmlFile() throws Exception {
    Path target = dir.resolve("bilaga.html");
    assertThat(run(ok(), input().toString(), "--format", "html", "-o", target.toString())).isZero();
    String html = Files.readString(target);
    assertThat(html)
        .contains("<html", "lang=\"sv-SE\"", "<style>", "Teckenförklaring", "role=\"img\"")
        .doesNotContain("<bookmarks>", "<link", "src=\"http");
  }

  @Test
  void readerErrorsPrintFindingsExitTwoAndWriteNothing() throws Exception {
    Finding bad =
        Finding.error(
            "number.invalid",
            new SourceRef("utfall.csv", null, 14, "Kvinnor"),
            "\"4l%\" är inget tal");
    ReadResult read = new ReadResult(Optional.empty(), List.of(bad));
    assertThat(run(read, input().toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("utfall.csv rad 14, kolumn Kvinnor: \"4l%\" är inget tal");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("csv"));
    }
  }

  @Test
  void aFailingRenderNeverReplacesAGoodFile() throws Exception {
    Path target = dir.resolve("bilaga.pdf");
    Files.writeString(target, "god fil");
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Files.writeString(templates.resolve("delarsbilaga.ftl"), "${meta.class}");
    int code =
        run(ok(), input().toString(), "-o", target.toString(), "--templates", templates.toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Fel i mallen");
    assertThat(Files.readString(target)).isEqualTo("god fil");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void strictTurnsWarningsIntoExitOne() throws Exception {
    Finding warning =
        Finding.warning(
            "status.misspelt", new SourceRef("atgardsstatus.csv", null, 19, "Status"), "stavning");
    ReadResult read = new ReadResult(Optional.of(Fixtures.evaluation().report()), List.of(warning));
    Path target = dir.resolve("b.pdf");
    assertThat(run(read, input().toString(), "-o", target.toString(), "--strict"))
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(target).exists();
  }

  @Test
  void missingInputIsAUserError() {
    assertThat(run(ok(), dir.resolve("saknas.xlsx").toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Indata finns inte");
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives {@code render} in-process on a copy of the sample's CSV folder. */
class RenderCommandTest {
  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new RenderCommand());
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

  /** The sample's CSV folder copied to {@code <dir>/Länssjukvård 2/csv}. */
  private Path input() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("Länssjukvård 2").resolve("csv"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path file : files.toList()) {
        Files.copy(file, csv.resolve(file.getFileName()));
      }
    }
    return csv;
  }

  @Test
  void writesThePdfNextToTheInputNamedAfterTheInputWithASwedishSafeName() throws Exception {
    Path input = input();
    assertThat(run(input.toString())).isZero();
    Path pdf = input.getParent().resolve("lanssjukvard-2-csv-2022-T1.pdf");
    assertThat(pdf).exists();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    assertThat(out.toString()).contains("Skrev").contains("lanssjukvard-2-csv-2022-T1.pdf");
    assertThat(err.toString()).doesNotContain("fel:");
    try (Stream<Path> files = Files.list(input.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void writesOneSelfContainedHtmlFile() throws Exception {
    Path target = dir.resolve("bilaga.html");
    assertThat(run(input().toString(), "--format", "html", "-o", target.toString())).isZero();
    String html = Files.readString(target);
    assertThat(html)
        .contains("<html", "lang=\"sv-SE\"", "<style>", "Teckenförklaring", "role=\"img\"")
        .doesNotContain("<bookmarks>", "<link", "src=\"http");
  }

  @Test
  void readerErrorsPrintFindingsExitTwoAndWriteNothing() throws Exception {
    Path input = input();
    Path outcomes = input.resolve("utfall.csv");
    Files.writeString(
        outcomes, Files.readString(outcomes).replaceFirst("M01;2022-T1;41;", "M01;2022-T1;4l;"));
    assertThat(run(input.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("utfall.csv rad 2, kolumn Kvinnor").contains("4l");
    try (Stream<Path> files = Files.list(input.getParent())) {
      assertThat(files).containsExactly(input);
    }
  }

  @Test
  void aFailingRenderNeverReplacesAGoodFile() throws Exception {
    Path target = dir.resolve("bilaga.pdf");
    Files.writeString(target, "god fil");
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Files.writeString(templates.resolve("delarsbilaga.ftl"), "${meta.class}");
    int code = run(input().toString(), "-o", target.toString(), "--templates", templates + "");
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Fel i mallen");
    assertThat(Files.readString(target)).isEqualTo("god fil");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void strictTurnsWarningsIntoExitOne() throws Exception {
    Path input = input();
    Files.writeString(input.resolve("logo.png"), "ingen bild"); // left out, with a warning
    Path target = dir.resolve("b.pdf");
    assertThat(run(input.toString(), "-o", target.toString(), "--strict"))
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(err.toString()).contains("varning: logo.png");
    assertThat(target).exists();
  }

  @Test
  void missingInputIsBadInputNamingTheFile() {
    assertThat(run(dir.resolve("saknas.xlsx").toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("saknas.xlsx: filen eller mappen finns inte");
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.testing.ChildJvm;

/**
 * What tertial prints reaches the user in UTF-8 whatever the locale says, and output that cannot be
 * written is never lost silently: each command in a JVM of its own, with stdout on the real {@code
 * /dev/full} and under a locale the machine does not have.
 */
class StandardStreamsTest {
  static final String SAMPLE = Path.of("sample-data/lansjukvard2/csv").toString();

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evaluate SAMPLE",
        "evaluate SAMPLE --format json",
        "evaluate SAMPLE --format csv",
        "check SAMPLE --format json",
        "diff SAMPLE --from 2021-T1 --to 2022-T1",
        "rule minst 5",
        "completion bash",
        "--help"
      })
  void outputOnAFullDiskIsExit2WithASwedishLine(String command) throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full exists on Linux only");

    Result result = run(Map.of(), full.toFile(), command.replace("SAMPLE", SAMPLE).split(" "));

    assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains("tertial: utdata gick förlorad: disken är full (eller kvoten slut)")
        .doesNotContain("Exception");
  }

  @Test
  void outputIntoAPipeClosedByTheReaderIsExit2() throws Exception {
    // A pipe whose reader has gone: a FIFO opened for reading, then closed before tertial writes.
    Path fifo = dir.resolve("rör");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo missing");
    List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-cp", ChildJvm.classpath()));
    command.addAll(
        List.of("se.tertial.cli.TertialCommand", "evaluate", SAMPLE, "--format", "json"));
    // The reader opens the pipe and goes at once; tertial's first write then finds it closed.
    Process reader = new ProcessBuilder("sh", "-c", "exec 3<\"$1\"", "sh", fifo.toString()).start();
    Process tertial =
        new ProcessBuilder(command)
            .redirectOutput(fifo.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tertial.waitFor(120, TimeUnit.SECONDS)).isTrue();

    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(tertial.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err).contains("tertial: utdata gick förlorad: mottagaren stängde röret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv_SE.UTF-8", "C", "POSIX"})
  void printedTextIsUtf8WhateverTheLocaleSays(String locale) throws Exception {
    Result json =
        run(Map.of("LC_ALL", locale, "LANG", locale), null, "evaluate", SAMPLE, "--format", "json");
    Result csv = run(Map.of("LC_ALL", locale), null, "evaluate", SAMPLE, "--format", "csv");
    Result findings = run(Map.of("LC_ALL", locale), null, "check", SAMPLE);

    assertThat(json.out()).contains("\"unit\" : \"Division Länssjukvård 2\"").doesNotContain("L?n");
    assertThat(csv.out())
        .contains("Styrmått;Mål", "Medarbetare;Sjukfrånvaro")
        .doesNotContain("Styrm?tt");
    assertThat(findings.out() + findings.err())
        .contains("\"Ej fåbörjats\" är felstavat; skriv \"Ej påbörjad\"")
        .doesNotContain("f?b");
  }

  private Result run(Map<String, String> env, File stdout, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-cp", ChildJvm.classpath()));
    command.add("se.tertial.cli.TertialCommand");
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(stdout != null ? stdout : out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(
        process.exitValue(),
        stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

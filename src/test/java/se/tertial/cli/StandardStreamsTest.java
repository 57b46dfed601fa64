package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
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

  /**
   * Every command with what it prints on standard output, small outputs included ({@code rule}, the
   * one line {@code render}, {@code init} and {@code overview} print): SAMPLE is a CSV folder, XLSX
   * a workbook, MANIFEST a batch manifest, OUT a new folder for what the command writes.
   */
  static final String[] EVERY_COMMAND = {
    "check SAMPLE",
    "check SAMPLE --format json",
    "evaluate SAMPLE",
    "evaluate SAMPLE --format json",
    "evaluate SAMPLE --format csv",
    "diff SAMPLE --from 2021-T1 --to 2022-T1",
    "render SAMPLE -o OUT/bilaga.pdf",
    "render XLSX --format html -o OUT/bilaga.html",
    "batch MANIFEST -o OUT/ut",
    "overview MANIFEST -o OUT/oversikt.json",
    "init OUT/ny.xlsx",
    "next-period XLSX OUT/nasta.xlsx",
    "rule minst 5",
    "completion bash",
    "help render",
    "--help",
    "--version"
  };

  @ParameterizedTest
  @FieldSource("EVERY_COMMAND")
  void outputOnAFullDiskIsExit2WithASwedishLine(String command) throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full exists on Linux only");

    Result result = run(Map.of(), full.toFile(), args(command));

    assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains("tertial: utdata gick förlorad: disken är full (eller kvoten slut)")
        .doesNotContain("Exception", "java.", "\tat ");
  }

  @ParameterizedTest
  @FieldSource("EVERY_COMMAND")
  void outputIntoAPipeClosedByTheReaderIsExit2WithASwedishLine(String command) throws Exception {
    // A pipe whose reader has gone: a FIFO opened for reading, then closed before tertial writes
    // (as `tertial rule … | true` does when the reader is quicker than the JVM's start).
    Path fifo = dir.resolve("rör");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo missing");
    List<String> line = new ArrayList<>(List.of(ChildJvm.java(), "-cp", ChildJvm.classpath()));
    line.add("se.tertial.cli.TertialCommand");
    line.addAll(List.of(args(command)));
    // The reader opens the pipe and goes at once; tertial's first write then finds it closed.
    Process reader = new ProcessBuilder("sh", "-c", "exec 3<\"$1\"", "sh", fifo.toString()).start();
    Process tertial =
        new ProcessBuilder(line)
            .redirectOutput(fifo.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tertial.waitFor(180, TimeUnit.SECONDS)).isTrue();

    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(tertial.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err)
        .contains("tertial: utdata gick förlorad: mottagaren stängde röret innan allt var skrivet")
        .doesNotContain("Exception", "java.", "\tat ");
  }

  /** {@code command}'s arguments with its placeholders filled in (a new OUT folder each time). */
  private String[] args(String command) throws IOException {
    Path units = Files.createDirectories(dir.resolve("enheter"));
    Path xlsx = units.resolve("lansjukvard2.xlsx");
    if (!Files.exists(xlsx)) {
      Files.copy(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"), xlsx);
    }
    Path manifest =
        Files.writeString(dir.resolve("region.yaml"), "inputs:\n  - \"enheter/*.xlsx\"\n");
    Path out = Files.createTempDirectory(dir, "ut");
    return Arrays.stream(command.split(" "))
        .map(
            arg ->
                arg.replace("SAMPLE", SAMPLE)
                    .replace("XLSX", xlsx.toString())
                    .replace("MANIFEST", manifest.toString())
                    .replace("OUT", out.toString()))
        .toArray(String[]::new);
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

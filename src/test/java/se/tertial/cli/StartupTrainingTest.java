package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recording run's training ({@code -Dtertial.train}, set by the launcher): the JVM that records
 * the start-up archive loads the classes of a render, a batch and a many-unit check in every CI
 * format — so the archive serves them all — while the user's own command prints and exits as it
 * would have.
 */
class StartupTrainingTest {
  @TempDir Path dir;

  @Test
  void trainingLoadsRenderBatchAndCheckClassesWithoutChangingTheUsersRun() throws Exception {
    Path log = dir.resolve("classes.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Xlog:class+load=info:file=" + log,
                "-Djava.io.tmpdir=" + dir,
                "-D" + StartupTraining.PROPERTY + "=" + Path.of("sample-data").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                TertialCommand.class.getName(),
                "--version")
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(output.lines()).hasSize(2).first().asString().startsWith("tertial ");
    String loaded = Files.readString(log);
    assertThat(loaded)
        .contains("se.tertial.pdf.PdfWriter ")
        .contains("se.tertial.batch.BatchRunner ")
        .contains("se.tertial.batch.UnitChecks ")
        .contains("com.fasterxml.jackson.dataformat.yaml.YAMLFactory ")
        .contains("se.tertial.ci.JunitXml ")
        .contains("se.tertial.ci.SarifLog ")
        .contains("se.tertial.ci.GithubCommands ");
    // The training's temporary folder is gone.
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsOnly("classes.txt");
    }
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, templates and version → the same bytes, also across two separate JVMs started the way
 * the launcher starts them (different time zones and locales on purpose).
 */
class ReproducibleOutputTest {
  private static final String SAMPLE = "sample-data/lansjukvard2/lansjukvard2.xlsx";

  @TempDir Path dir;

  @Test
  void twoJvmsWriteByteIdenticalPdfs() throws Exception {
    Path first = dir.resolve("first.pdf");
    Path second = dir.resolve("second.pdf");

    assertThat(runJvm(first, "Europe/Stockholm", "sv")).isZero();
    assertThat(runJvm(second, "America/Los_Angeles", "en")).isZero();

    assertThat(sha256(second)).isEqualTo(sha256(first));
    assertThat(Files.size(first)).isGreaterThan(50_000);
  }

  private int runJvm(Path output, String zone, String language)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.timezone=" + zone);
    command.add("-Duser.language=" + language);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TertialCommand.class.getName());
    command.addAll(List.of("render", SAMPLE, "-o", output.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(output.getFileName() + ".log").toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("render did not finish within 120 s");
    }
    return process.exitValue();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}

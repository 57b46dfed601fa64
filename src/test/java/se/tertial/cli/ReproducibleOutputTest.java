package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

  /**
   * Another Java version gives the same bytes too (a controller regenerating old reports on a newer
   * Java): the JDK's own sRGB profile once differed between 17 and 25. Runs where a JDK of another
   * major version is found ({@code TERTIAL_OTHER_JDK}, else {@code /usr/lib/jvm/*}).
   */
  @Test
  void anotherJavaVersionWritesByteIdenticalPdfs() throws Exception {
    Optional<Path> other = otherJava();
    assumeTrue(other.isPresent(), "no JDK of another major version on this machine");
    Path ours = dir.resolve("ours.pdf");
    Path theirs = dir.resolve("theirs.pdf");

    assertThat(runJvm(javaOf(Path.of(System.getProperty("java.home"))), ours, "UTC", "sv"))
        .isZero();
    assertThat(runJvm(javaOf(other.get()), theirs, "UTC", "sv")).isZero();

    assertThat(sha256(theirs)).as("PDF from %s", other.get()).isEqualTo(sha256(ours));
  }

  private static Optional<Path> otherJava() throws IOException {
    String given = System.getenv("TERTIAL_OTHER_JDK");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    int ours = Runtime.version().feature();
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(javaOf(home)))
          .filter(home -> featureVersion(home).filter(v -> v >= 17 && v != ours).isPresent())
          .sorted()
          .findFirst();
    }
  }

  /** The {@code JAVA_VERSION} of a JDK's {@code release} file, e.g. 25 for "25.0.3". */
  private static Optional<Integer> featureVersion(Path home) {
    try {
      return Files.readAllLines(home.resolve("release")).stream()
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
          .filter(v -> !v.isEmpty())
          .map(Integer::valueOf)
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path javaOf(Path home) {
    return home.resolve("bin").resolve("java");
  }

  private int runJvm(Path output, String zone, String language)
      throws IOException, InterruptedException {
    return runJvm(javaOf(Path.of(System.getProperty("java.home"))), output, zone, language);
  }

  private int runJvm(Path java, Path output, String zone, String language)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
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
    // Generous: a guard against a hung process, not a timing (it once ran out at load 32).
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("render did not finish within 300 s");
    }
    return process.exitValue();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}

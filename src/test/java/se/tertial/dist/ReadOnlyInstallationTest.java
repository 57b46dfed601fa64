package se.tertial.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.testing.ChildJvm;

/**
 * {@code bin/tertial} run from a release or checkout folder it cannot write, with a cache folder it
 * cannot write either: every render exits 0 with only tertial's own lines (before: "Error occurred
 * during initialization of VM / Unable to use shared archive", exit 1, after the PDF was written),
 * and nothing is written into either folder. With a writable cache the start-up archive lands there
 * and the next run uses it, silently. As root (CI), chmod does not stop root, so the folders are
 * read-only bind mounts in a mount namespace of the launcher's own ({@code unshare -m}).
 */
class ReadOnlyInstallationTest {
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @TempDir Path dir;

  private Path work;
  private final List<Path> readOnly = new ArrayList<>();

  @BeforeEach
  void sampleToRender() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    work = Files.createDirectories(dir.resolve("arbete"));
    Path input = Files.createDirectories(work.resolve("in"));
    try (Stream<Path> files = Files.list(Path.of("sample-data/lansjukvard2/csv"))) {
      for (Path file : files.toList()) {
        Files.copy(file, input.resolve(file.getFileName().toString()));
      }
    }
  }

  @Test
  void aReadOnlyReleaseFolderAndCacheRenderWithExit0AndNoJvmNoise() throws Exception {
    rendersTwiceFromReadOnlyFolders(release());
  }

  @Test
  void aReadOnlyCheckoutRendersWithExit0AndNoJvmNoise() throws Exception {
    Path home = dir.resolve("utcheckning");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("src/main"));
    Files.createDirectories(home.resolve("templates"));
    Files.copy(Path.of("bin/tertial"), home.resolve("bin/tertial"));
    Files.writeString(home.resolve("pom.xml"), "<project/>");
    ChildJvm.runnableJar(home.resolve("target/tertial-0.1.0-all.jar"));
    // The jar is newer than the sources, so the launcher runs it instead of building.
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (String path : List.of("pom.xml", "src/main", "templates")) {
      Files.setLastModifiedTime(home.resolve(path), old);
    }

    rendersTwiceFromReadOnlyFolders(home);
  }

  @Test
  void aWritableCacheGetsTheArchiveAndTheNextRunUsesItSilently() throws Exception {
    Path home = release();
    Path cache = Files.createDirectories(dir.resolve("cache"));
    readOnly(home);

    Run first = render(home, cache, "första.pdf");
    Run second = render(home, cache, "andra.pdf");

    for (Run run : List.of(first, second)) {
      assertThat(run.exit()).as(run.printed()).isZero();
      assertThat(run.printed()).doesNotContainIgnoringCase("archive").doesNotContain(" VM");
    }
    assertThat(files(cache)).anyMatch(p -> p.toString().matches(".*\\.(jsa|aot)$"));
    assertThat(files(home)).noneMatch(p -> p.toString().matches(".*\\.(jsa|aot|tmp)$"));
  }

  private Path release() throws IOException {
    Path home = dir.resolve("tertial-0.1.0");
    Files.createDirectories(home.resolve("bin"));
    Files.copy(Path.of("bin/tertial"), home.resolve("bin/tertial"));
    ChildJvm.runnableJar(home.resolve("lib/tertial-0.1.0.jar"));
    // A release holds the samples, which the launcher trains the start-up archive on.
    Path samples = Path.of("sample-data", "lansjukvard2");
    try (var walk = Files.walk(samples)) {
      for (Path from : walk.toList()) {
        Path to = home.resolve("sample-data").resolve(Path.of("sample-data").relativize(from));
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return home;
  }

  private void rendersTwiceFromReadOnlyFolders(Path home) throws Exception {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    readOnly(home);
    readOnly(cache);
    List<Path> before = files(home);

    for (String name : List.of("bilaga.pdf", "bilaga igen.pdf")) {
      Run run = render(home, cache, name);

      assertThat(run.exit()).as(run.printed()).isZero();
      assertThat(run.out()).startsWith("Skrev " + name);
      assertThat(run.printed())
          .doesNotContain("Error occurred", "shared archive", "Permission denied", " VM");
      assertThat(work.resolve(name)).isRegularFile();
    }
    assertThat(files(home)).isEqualTo(before);
    assertThat(files(cache)).isEmpty();
  }

  record Run(int exit, String out, String err) {
    String printed() {
      return out + err;
    }
  }

  private Run render(Path home, Path cache, String pdf) throws Exception {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      assumeTrue(canUnshareMounts(), "unshare -m and mount (util-linux) as root");
      StringBuilder script = new StringBuilder();
      for (Path folder : readOnly) {
        script.append("mount --bind -o ro '").append(folder).append("' '").append(folder);
        script.append("' && ");
      }
      command.addAll(List.of("unshare", "-m", "sh", "-c", script + "exec \"$@\"", "sh"));
    }
    command.addAll(List.of(home.resolve("bin/tertial").toString(), "render", "in", "-o", pdf));
    Path out = dir.resolve("ut.txt");
    Path err = dir.resolve("fel.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("HOME", "/nonexistent");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("TERTIAL_CDS");
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("render finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static boolean canUnshareMounts() throws InterruptedException {
    try {
      Process probe =
          new ProcessBuilder("unshare", "-m", "sh", "-c", "mount --bind -o ro /tmp /tmp")
              .redirectErrorStream(true)
              .start();
      return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Makes {@code folder} read-only for the launcher: a read-only mount as root, else its mode. */
  private void readOnly(Path folder) throws IOException {
    readOnly.add(folder);
    if (!ROOT) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.toList()) {
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
      }
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> !p.equals(root)).sorted().toList();
    }
  }
}

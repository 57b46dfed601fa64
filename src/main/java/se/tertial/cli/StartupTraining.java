package se.tertial.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The extra work of the run that records the start-up archive (AppCDS, the AOT cache): after the
 * user's own command, the same JVM renders the sample, runs a small batch of it and checks two
 * copies of it in every CI format, all in a temporary folder with the output thrown away. The
 * archive then holds the classes of {@code render}, {@code batch} and a many-unit {@code check}
 * (Jackson's YAML, the XML and SARIF writers) whichever of them ran first. Asked for by the
 * launcher with {@code -Dtertial.train=<sample-data folder>}; never changes what the user's command
 * printed or its exit code.
 */
final class StartupTraining {
  /** The system property naming the sample-data folder of the installation. */
  static final String PROPERTY = "tertial.train";

  private StartupTraining() {}

  /** Trains when the launcher asked for it and the sample is there; otherwise does nothing. */
  static void runIfAsked() {
    String folder = System.getProperty(PROPERTY);
    if (folder == null || folder.isBlank()) {
      return;
    }
    Path sample = Path.of(folder, "lansjukvard2", "lansjukvard2.xlsx");
    if (!Files.isRegularFile(sample)) {
      return;
    }
    Path work = null;
    try {
      work = Files.createTempDirectory("tertial-training");
      train(sample, work);
    } catch (IOException | RuntimeException e) {
      // Training only makes later starts faster; a failure here must not touch the user's run.
    } finally {
      if (work != null) {
        delete(work);
      }
    }
  }

  private static void train(Path sample, Path work) throws IOException {
    Path a = Files.copy(sample, work.resolve("enhet-a.xlsx"));
    Path b = Files.copy(sample, work.resolve("enhet-b.xlsx"));
    Path manifest = Files.writeString(work.resolve("region.yaml"), "inputs: [\"enhet-*.xlsx\"]\n");
    String m = manifest.toString();
    String w = work.toString();
    run("render", a.toString(), "-o", w + "/a.pdf");
    run("batch", m, "-o", w + "/ut", "--jobs", "2", "--report", "junit=" + w + "/b.xml");
    run(
        "check",
        "--manifest",
        m,
        "--period",
        "all",
        "--format",
        "json",
        "--report",
        "junit=" + w + "/c.xml",
        "--report",
        "sarif=" + w + "/c.sarif");
    run("check", a.toString(), b.toString(), "--format", "github", "--strict");
  }

  private static void run(String... args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    TertialCommand.execute(args, none, none);
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean
    }
  }
}

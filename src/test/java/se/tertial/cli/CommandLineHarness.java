package se.tertial.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the in-process command-line tests share: a temporary folder, {@code tertial} run as a user
 * runs it with what it prints captured, and a copy of the sample unit's CSV folder to change.
 */
abstract class CommandLineHarness {
  /** The sample unit's CSV folder (never changed by a test: copy it with {@link #copyOfSample}). */
  static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");

  @TempDir Path dir;

  /** What the last {@link #run} printed on standard output. */
  StringWriter out = new StringWriter();

  /** What the last {@link #run} printed on standard error. */
  StringWriter err = new StringWriter();

  /**
   * Runs {@code tertial args}; {@link #out} and {@link #err} then hold only what this run printed.
   */
  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** A copy of {@link #SAMPLE} at {@code folder} below {@link #dir}, to change. */
  Path copyOfSample(String folder) throws IOException {
    Path copy = Files.createDirectories(dir.resolve(folder));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName().toString()));
      }
    }
    return copy;
  }
}

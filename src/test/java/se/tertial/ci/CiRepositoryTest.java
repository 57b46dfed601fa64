package se.tertial.ci;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;

/**
 * What the CI tests share: one generated repository of five units per test class ({@link
 * CiRepository}: unit 3 broken, unit 5 without one outcome in 2022-T2) and the command line run in
 * this JVM, its printed output kept for the assertions.
 */
abstract class CiRepositoryTest {
  @TempDir static Path root;

  /** What the last {@link #run} printed on standard output and standard error. */
  String out;

  String err;

  @BeforeAll
  static void repository() throws IOException {
    CiRepository.write(root, 5);
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return exit;
  }
}

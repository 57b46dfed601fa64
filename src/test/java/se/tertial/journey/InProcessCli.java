package se.tertial.journey;

import java.io.PrintWriter;
import java.io.StringWriter;
import se.tertial.cli.TertialCommand;

/**
 * The command line run in-process, as an analyst would call it, keeping the standard output and
 * error of the last run for a test to read.
 */
final class InProcessCli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code args} and returns the exit code; the output of earlier runs is dropped. */
  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return TertialCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The last run's standard output. */
  String out() {
    return out.toString();
  }

  /** The last run's standard error. */
  String err() {
    return err.toString();
  }
}

package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import se.tertial.model.Finding;
import se.tertial.watch.WatchSession;

/**
 * {@code render --watch}: runs {@link WatchSession} with one render of {@link RenderCommand} as its
 * pass and stops it cleanly on Ctrl-C (a shutdown hook lets the render in progress finish its
 * atomic write before the JVM exits).
 */
final class RenderWatch {
  private RenderWatch() {}

  /** Findings and the written file of one render, filled in while it runs. */
  static final class Tally {
    private long errors;
    private long warnings;
    private String written;

    void count(List<Finding> findings) {
      for (Finding finding : findings) {
        if (finding.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }

    void written(String description) {
      written = description;
    }
  }

  static int run(
      WatchSession.Pass pass,
      Path input,
      Path templates,
      Path output,
      CommandLine commandLine,
      Consumer<WatchSession> started) {
    WatchSession session = new WatchSession(WatchSession.Settings.of(input, templates, output));
    started.accept(session);
    Thread hook =
        new Thread(
            () -> {
              try {
                session.stopAndWait(Duration.ofSeconds(30));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "tertial-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return session.run(pass, commandLine.getOut());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down (Ctrl-C): the hook is what stopped us.
      }
    }
  }

  /**
   * Runs one render and says what it did. Bad input and user errors are reported, never thrown: the
   * watch goes on and the previous output stays as it was.
   */
  static WatchSession.Outcome outcome(IntSupplier render, Tally tally, PrintWriter err) {
    try {
      render.getAsInt();
      return new WatchSession.Outcome(tally.written, tally.errors, tally.warnings, null);
    } catch (UserException e) {
      err.println(e.getMessage());
      err.flush();
      return new WatchSession.Outcome(null, tally.errors, tally.warnings, e.getMessage());
    } catch (RuntimeException e) {
      // A half-saved file may trip a library in a way the reader does not foresee; the watch
      // must survive it. The message is what --debug would start with.
      String message = CliMessages.get("internal.error", String.valueOf(e));
      err.println(message);
      err.flush();
      return new WatchSession.Outcome(null, tally.errors, tally.warnings, message);
    }
  }
}

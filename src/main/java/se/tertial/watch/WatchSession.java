package se.tertial.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import se.tertial.model.Messages;

/**
 * The loop behind {@code render --watch}: renders once, then again each time the watched files have
 * changed and settled, in the same (warm) JVM, printing one line per render. A render that finds
 * errors writes nothing, so the previous output stays as it was. {@link #stop} ends the loop after
 * the render in progress (Ctrl-C calls it from a shutdown hook).
 */
public final class WatchSession {

  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.watch.messages");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** One render of the report. Prints its own findings; never throws for bad input. */
  @FunctionalInterface
  public interface Pass {
    Outcome render();
  }

  /**
   * What one render did.
   *
   * @param written what was written, e.g. {@code bilaga.pdf (PDF)}; null when nothing was
   * @param errors errors found in the input (nothing is written when there are any)
   * @param warnings warnings found
   * @param problem why nothing was written when it was not the input's errors; may be null
   */
  public record Outcome(String written, long errors, long warnings, String problem) {}

  /**
   * What to watch and how patiently.
   *
   * @param input the workbook or CSV folder
   * @param templates a template folder, or null for the bundled templates
   * @param output the file being written (ignored when it lies among the watched files)
   * @param poll how often sizes and times are compared
   * @param quiet how long the files must stay unchanged before a render
   * @param incompleteRetries how many times a workbook that does not open as a zip is waited for
   */
  public record Settings(
      Path input,
      Path templates,
      Path output,
      Duration poll,
      Duration quiet,
      int incompleteRetries) {

    public Settings {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(poll, "poll");
      Objects.requireNonNull(quiet, "quiet");
    }

    /** Polls every 100 ms, renders after 300 ms without change, waits up to 3 s for a zip. */
    public static Settings of(Path input, Path templates, Path output) {
      return new Settings(
          input, templates, output, Duration.ofMillis(100), Duration.ofMillis(300), 10);
    }

    List<Path> roots() {
      return templates == null ? List.of(input) : List.of(input, templates);
    }
  }

  private final Settings settings;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);

  public WatchSession(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Renders, then watches until stopped. Returns 0: stopping is the normal way out. */
  public int run(Pass pass, PrintWriter out) {
    try {
      ChangeWaiter waiter =
          new ChangeWaiter(
              settings.roots(),
              new IgnoredFiles(settings.output()),
              settings.poll(),
              settings.quiet());
      renderAndReport(pass, out);
      out.println(TEXT.get("watch.watching", describeRoots()));
      out.flush();
      while (waiter.awaitSettledChange(stopped::get)) {
        awaitCompleteWorkbook();
        renderAndReport(pass, out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      out.println(TEXT.get("watch.stopped"));
      out.flush();
      finished.countDown();
    }
    return 0;
  }

  /** Asks the loop to end after the render in progress. */
  public void stop() {
    stopped.set(true);
  }

  /** Stops and waits (at most {@code timeout}) until the loop has ended. */
  public boolean stopAndWait(Duration timeout) throws InterruptedException {
    stop();
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void awaitCompleteWorkbook() throws InterruptedException {
    for (int i = 0; i < settings.incompleteRetries() && !stopped.get(); i++) {
      if (WorkbookProbe.looksComplete(settings.input())) {
        return;
      }
      Thread.sleep(settings.quiet().toMillis());
    }
    // Still not a zip: render anyway, so the reader's finding says what is wrong with it.
  }

  private void renderAndReport(Pass pass, PrintWriter out) {
    long start = System.nanoTime();
    Outcome outcome = pass.render();
    double seconds = (System.nanoTime() - start) / 1e9;
    String clock = LocalTime.now().format(CLOCK);
    String findings = TEXT.get("watch.findings", outcome.errors(), outcome.warnings());
    if (outcome.written() != null) {
      String written = outcome.written().replaceFirst("\\.$", "");
      out.println(TEXT.get("watch.rendered", clock, written, seconds, findings));
    } else {
      String why = outcome.problem() != null ? outcome.problem() : findings;
      out.println(TEXT.get("watch.notRendered", clock, why, seconds));
    }
    out.flush();
  }

  private String describeRoots() {
    return settings.roots().stream()
        .map(Path::toString)
        .reduce((a, b) -> a + TEXT.get("watch.and") + b)
        .orElse("");
  }
}

package se.tertial.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import se.tertial.batch.BatchItem;
import se.tertial.text.TerminalText;

/**
 * Progress of a batch on stderr: a one-line bar with done/total, the current file and an ETA on a
 * terminal; one plain line per finished report otherwise (CI logs); nothing with {@code --quiet}.
 * Called from worker threads, hence synchronised.
 */
abstract class BatchProgress {

  static BatchProgress create(PrintWriter err, boolean quiet, int inputs) {
    if (quiet) {
      return new Silent();
    }
    return System.console() != null ? new Bar(err, inputs) : new Lines(err);
  }

  abstract void finished(List<BatchItem> items);

  void done() {}

  static String describe(BatchItem item) {
    String period = item.period().orElse("–");
    String name = item.input().getFileName() == null ? "" : item.input().getFileName().toString();
    return item.state().code() + " " + name + " " + period;
  }

  private static final class Silent extends BatchProgress {
    @Override
    void finished(List<BatchItem> items) {}
  }

  private static final class Lines extends BatchProgress {
    private final PrintWriter err;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    synchronized void finished(List<BatchItem> items) {
      for (BatchItem item : items) {
        err.println(describe(item) + item.output().map(p -> " → " + p).orElse(""));
        if (item.state() == BatchItem.State.FAILED) {
          item.messages().forEach(m -> err.println("  " + m));
        }
      }
      err.flush();
    }
  }

  /** Counts inputs, not reports: the number of periods is known only after reading. */
  private static final class Bar extends BatchProgress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private int done;

    Bar(PrintWriter err, int total) {
      this.err = err;
      this.total = Math.max(1, total);
    }

    @Override
    synchronized void finished(List<BatchItem> items) {
      done = Math.min(total, done + 1);
      int filled = WIDTH * done / total;
      double seconds = (System.nanoTime() - start) / 1e9;
      String eta =
          CliMessages.get(
              "batch.eta", String.format(Locale.ROOT, "%.0f", seconds / done * (total - done)));
      String current = items.isEmpty() ? "" : describe(items.get(items.size() - 1));
      // The bar's own carriage return and erase-line go out raw; the file name is escaped.
      TerminalText.printRaw(
          err,
          "\r["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + TerminalText.escape(CliMessages.get("batch.progress", done, total, current))
              + eta
              + "\u001b[K");
      err.flush();
    }

    @Override
    synchronized void done() {
      err.println();
      err.flush();
    }
  }
}

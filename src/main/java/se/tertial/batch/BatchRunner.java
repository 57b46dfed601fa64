package se.tertial.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/**
 * Runs a batch: each input is read once, then each of its periods is judged and rendered. Inputs
 * run in parallel on a fixed pool; one bad input fails alone unless {@code failFast} is set. Memory
 * stays bounded because a worker holds one workbook at a time.
 */
public final class BatchRunner {

  /** Turns one judged period into the bytes of its document; must be thread-safe. */
  @FunctionalInterface
  public interface DocumentRenderer {
    byte[] render(ReportEvaluation evaluation, Path input) throws Exception;
  }

  /** Writes a finished document; must be atomic (no partial files). */
  @FunctionalInterface
  public interface DocumentWriter {
    void write(Path target, byte[] bytes) throws IOException;
  }

  /**
   * Settings of a run.
   *
   * @param outputDir where documents go
   * @param extension the file extension ({@code pdf} or {@code html})
   * @param jobs worker threads
   * @param failFast stop starting new inputs after the first failure
   * @param evaluator the judging of each period
   */
  public record Settings(
      Path outputDir, String extension, int jobs, boolean failFast, ReportEvaluator evaluator) {}

  private final Settings settings;
  private final DocumentRenderer renderer;
  private final DocumentWriter writer;

  public BatchRunner(Settings settings, DocumentRenderer renderer, DocumentWriter writer) {
    this.settings = settings;
    this.renderer = renderer;
    this.writer = writer;
  }

  /**
   * Runs every input with its period selection; {@code progress} hears of each finished item (from
   * worker threads, so it must be thread-safe).
   */
  public BatchSummary run(
      List<Path> inputs, PeriodSelection periods, Consumer<BatchItem> progress) {
    long start = System.nanoTime();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
    List<Future<List<BatchItem>>> futures = new ArrayList<>();
    try {
      for (Path input : inputs) {
        futures.add(pool.submit(() -> runInput(input, periods, progress, stop)));
      }
      List<BatchItem> items = new ArrayList<>();
      for (Future<List<BatchItem>> future : futures) {
        items.addAll(await(future));
      }
      return new BatchSummary(items, (System.nanoTime() - start) / 1_000_000);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<BatchItem> runInput(
      Path input, PeriodSelection selection, Consumer<BatchItem> progress, AtomicBoolean stop) {
    List<BatchItem> items = new ArrayList<>();
    if (stop.get()) {
      return items;
    }
    long start = System.nanoTime();
    ReadResult read = ReportReader.read(input);
    if (read.hasErrors() || read.report().isEmpty()) {
      items.add(failed(input, Optional.empty(), lines(read.findings()), start));
    } else {
      Report report = read.report().get();
      List<Period> periods = selection.periodsFor(report);
      if (periods.isEmpty()) {
        items.add(failed(input, Optional.empty(), List.of(BatchText.noPeriods()), start));
      }
      for (Period period : periods) {
        items.add(renderPeriod(input, report, period, read.findings()));
      }
    }
    if (settings.failFast() && items.stream().anyMatch(i -> i.state() == BatchItem.State.FAILED)) {
      stop.set(true);
    }
    items.forEach(progress);
    return items;
  }

  private BatchItem renderPeriod(
      Path input, Report report, Period period, List<Finding> readWarnings) {
    long start = System.nanoTime();
    Optional<String> code = Optional.of(period.code());
    try {
      ReportEvaluation evaluation = settings.evaluator().evaluate(report.forPeriod(period), period);
      List<Finding> warnings = new ArrayList<>(readWarnings);
      warnings.addAll(evaluation.findings());
      byte[] bytes = renderer.render(evaluation, input);
      Path target =
          settings.outputDir().resolve(BatchNames.of(input, period, settings.extension()));
      writer.write(target, bytes);
      return new BatchItem(
          input,
          code,
          warnings.isEmpty() ? BatchItem.State.OK : BatchItem.State.WARNINGS,
          Optional.of(target),
          lines(warnings),
          millisSince(start));
    } catch (Exception e) {
      // One report's failure is reported with the rest; the batch goes on.
      return failed(input, code, List.of(BatchText.failure(e)), start);
    }
  }

  private static BatchItem failed(
      Path input, Optional<String> period, List<String> messages, long start) {
    return new BatchItem(
        input, period, BatchItem.State.FAILED, Optional.empty(), messages, millisSince(start));
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.severity().label() + ": " + f).toList();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static List<BatchItem> await(Future<List<BatchItem>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io;
      }
      throw new IllegalStateException(cause);
    }
  }
}

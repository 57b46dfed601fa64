package se.tertial.batch;

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
import se.tertial.files.AtomicFiles;
import se.tertial.files.OutputNames;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.render.DocumentRenderer;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/**
 * Runs a batch: each input is read once, then each of its periods is judged and rendered. Inputs
 * run in parallel on a fixed pool; one bad input fails alone unless {@code failFast} is set. Memory
 * stays bounded because a worker holds one workbook at a time.
 */
public final class BatchRunner {

  /**
   * Settings of a run.
   *
   * @param outputDir where documents go
   * @param jobs worker threads
   * @param failFast stop starting new inputs after the first failure
   * @param evaluator the judging of each period
   */
  public record Settings(Path outputDir, int jobs, boolean failFast, ReportEvaluator evaluator) {}

  private final Settings settings;
  private final DocumentRenderer renderer;

  public BatchRunner(Settings settings, DocumentRenderer renderer) {
    this.settings = settings;
    this.renderer = renderer;
  }

  /**
   * Runs every input with its period selection; {@code progress} hears of each finished item (from
   * worker threads, so it must be thread-safe).
   */
  public BatchSummary run(
      List<Path> inputs, PeriodSelection periods, Consumer<List<BatchItem>> progress) {
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
      Path input,
      PeriodSelection selection,
      Consumer<List<BatchItem>> progress,
      AtomicBoolean stop) {
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
    progress.accept(items);
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
      Path target = settings.outputDir().resolve(outputName(input, period));
      AtomicFiles.write(target, bytes);
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

  /**
   * Named after the input, not the unit, so two workbooks of one unit never write the same file:
   * {@code länssjukvård 2.xlsx} → {@code lanssjukvard-2-2022-T1.pdf}.
   */
  private String outputName(Path input, Period period) {
    Path absolute = input.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
    // A CSV folder is usually called "csv"; the folder above it names the unit.
    if (name.equalsIgnoreCase("csv") && absolute.getParent() != null) {
      name = absolute.getParent().getFileName() + "-csv";
    }
    int dot = name.lastIndexOf('.');
    String stem =
        dot > 0 && !java.nio.file.Files.isDirectory(absolute) ? name.substring(0, dot) : name;
    return OutputNames.of(stem, period, renderer.format().extension());
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

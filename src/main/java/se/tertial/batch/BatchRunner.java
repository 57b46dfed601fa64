package se.tertial.batch;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import se.tertial.files.AtomicFiles;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.SourceRef;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.workflow.InputPipeline;

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
   * @param pipeline reads each input once and validates and judges each of its periods
   * @param policy the inputs (and manifest) no output may overwrite
   */
  public record Settings(
      Path outputDir, int jobs, boolean failFast, InputPipeline pipeline, OutputPolicy policy) {}

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
    OutputPlan plan = OutputPlan.of(inputs);
    Set<Path> claimed = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
    List<Future<List<BatchItem>>> futures = new ArrayList<>();
    try {
      for (Path input : inputs) {
        futures.add(pool.submit(() -> runInput(input, periods, progress, stop, plan, claimed)));
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
      AtomicBoolean stop,
      OutputPlan plan,
      Set<Path> claimed) {
    List<BatchItem> items = new ArrayList<>();
    if (stop.get()) {
      return items;
    }
    long start = System.nanoTime();
    Optional<String> refusal = plan.refusal(input);
    ReadResult read = refusal.isPresent() ? null : settings.pipeline().read(input, null, null);
    if (refusal.isPresent()) {
      items.add(failed(input, Optional.empty(), List.of(failure(input, refusal.get())), start));
    } else if (read.hasErrors() || read.report().isEmpty()) {
      items.add(failed(input, Optional.empty(), read.findings(), start));
    } else {
      Report report = read.report().get();
      List<Period> periods = selection.periodsFor(report);
      if (periods.isEmpty()) {
        items.add(failed(input, Optional.empty(), List.of(UnitChecks.noPeriods(input)), start));
      }
      for (Period period : periods) {
        items.add(renderPeriod(input, read, period, plan, claimed));
      }
    }
    if (settings.failFast() && items.stream().anyMatch(i -> i.state() == BatchItem.State.FAILED)) {
      stop.set(true);
    }
    progress.accept(items);
    return items;
  }

  private BatchItem renderPeriod(
      Path input, ReadResult read, Period period, OutputPlan plan, Set<Path> claimed) {
    long start = System.nanoTime();
    Optional<String> code = Optional.of(period.code());
    try {
      InputPipeline.Loaded loaded = settings.pipeline().judge(read, period);
      if (loaded.hasErrors()) {
        return failed(input, code, loaded.findings(), start);
      }
      Path target =
          settings
              .outputDir()
              .resolve(plan.name(input, period, renderer.format().extension()))
              .toAbsolutePath()
              .normalize();
      settings.policy().check(target);
      // The plan makes names unique; this guards the invariant that no two reports share a file.
      if (!claimed.add(target)) {
        throw new RenderException(BatchText.get("batch.targetTaken", target));
      }
      List<String> left = new ArrayList<>();
      byte[] bytes = renderer.render(loaded.evaluation().orElseThrow(), input, left::add);
      AtomicFiles.write(target, bytes);
      List<Finding> findings = new ArrayList<>(loaded.findings());
      left.forEach(note -> findings.add(Finding.warning("render.leftOut", where(input), note)));
      return new BatchItem(
          input,
          code,
          findings.isEmpty() ? BatchItem.State.OK : BatchItem.State.WARNINGS,
          Optional.of(target),
          findings,
          millisSince(start));
    } catch (Exception e) {
      // One report's failure is reported with the rest; the batch goes on.
      return failed(input, code, List.of(failure(input, BatchText.failure(e))), start);
    }
  }

  private static BatchItem failed(
      Path input, Optional<String> period, List<Finding> findings, long start) {
    return new BatchItem(
        input, period, BatchItem.State.FAILED, Optional.empty(), findings, millisSince(start));
  }

  /** A report that could not be written, as an error about its input. */
  private static Finding failure(Path input, String message) {
    return Finding.error("batch.failed", where(input), message);
  }

  private static SourceRef where(Path input) {
    Path name = input.getFileName();
    return SourceRef.file(name == null ? input.toString() : name.toString());
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

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
import se.tertial.model.SourceRef;
import se.tertial.render.DocumentRenderer;
import se.tertial.workflow.DocumentJob;
import se.tertial.workflow.DocumentSource;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.OutputPlan;
import se.tertial.workflow.PeriodSelection;

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
    DocumentJob job = new DocumentJob(settings.pipeline(), renderer, OutputPlan.of(inputs));
    Set<Path> claimed = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
    List<Future<List<BatchItem>>> futures = new ArrayList<>();
    try {
      for (Path input : inputs) {
        futures.add(pool.submit(() -> runInput(job, input, periods, progress, stop, claimed)));
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
      DocumentJob job,
      Path input,
      PeriodSelection selection,
      Consumer<List<BatchItem>> progress,
      AtomicBoolean stop,
      Set<Path> claimed) {
    List<BatchItem> items = new ArrayList<>();
    if (stop.get()) {
      return items;
    }
    long start = System.nanoTime();
    Optional<String> refusal = job.refusal(input);
    DocumentSource source = refusal.isPresent() ? null : job.read(input, null, null);
    if (refusal.isPresent()) {
      items.add(failed(input, Optional.empty(), List.of(failure(input, refusal.get())), start));
    } else if (source.failed()) {
      items.add(failed(input, Optional.empty(), source.read().findings(), start));
    } else {
      List<Period> periods = job.periods(source, selection);
      if (periods.isEmpty()) {
        items.add(failed(input, Optional.empty(), List.of(UnitChecks.noPeriods(input)), start));
      }
      for (Period period : periods) {
        items.add(renderPeriod(job, source, period, claimed));
      }
    }
    if (settings.failFast() && items.stream().anyMatch(i -> i.state() == BatchItem.State.FAILED)) {
      stop.set(true);
    }
    progress.accept(items);
    return items;
  }

  /** One document, written on its own: a failure here fails this item and no other. */
  private BatchItem renderPeriod(
      DocumentJob job, DocumentSource source, Period period, Set<Path> claimed) {
    long start = System.nanoTime();
    Path input = source.input();
    Optional<String> code = Optional.of(period.code());
    try {
      DocumentJob.Judged judged = job.judge(source, period);
      if (judged.hasErrors()) {
        return failed(input, code, judged.loaded().findings(), start);
      }
      Path target = settings.outputDir().resolve(job.name(judged)).toAbsolutePath().normalize();
      settings.policy().check(target);
      // The plan makes names unique; this guards the invariant that no two reports share a file.
      if (!claimed.add(target)) {
        throw new RenderException(BatchText.get("batch.targetTaken", target));
      }
      DocumentJob.Document document = job.render(judged);
      AtomicFiles.write(target, document.bytes());
      List<Finding> findings = new ArrayList<>(judged.loaded().findings());
      document
          .warnings()
          .forEach(note -> findings.add(Finding.warning("render.leftOut", where(input), note)));
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

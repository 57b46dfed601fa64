package se.tertial.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import se.tertial.files.OutputPolicy;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.SourceRef;
import se.tertial.render.DocumentRenderer;
import se.tertial.workflow.DocumentJob;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.ItemByItem;
import se.tertial.workflow.OutputPlan;
import se.tertial.workflow.PeriodSelection;

/**
 * Runs a batch over the {@link DocumentJob}, the one {@code render} runs: each input is read once,
 * then each of its periods judged and its document written on its own ({@link ItemByItem}), so an
 * unexpected failure judging one period fails that period's item alone. Inputs run in parallel on a
 * fixed pool; one bad input fails alone unless {@code failFast} is set. Memory stays bounded
 * because a worker holds one workbook at a time. What is batch's own: the pool, the items and their
 * timing.
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
    ItemByItem writer = new ItemByItem(job, settings.outputDir(), settings.policy());
    List<BatchItem> items =
        ParallelInputs.run(
            inputs,
            settings.jobs(),
            input -> runInput(job, writer, input, periods, progress, stop));
    return new BatchSummary(items, millisSince(start));
  }

  private List<BatchItem> runInput(
      DocumentJob job,
      ItemByItem writer,
      Path input,
      PeriodSelection selection,
      Consumer<List<BatchItem>> progress,
      AtomicBoolean stop) {
    List<BatchItem> items = new ArrayList<>();
    if (stop.get()) {
      return items;
    }
    long start = System.nanoTime();
    Optional<String> refusal = job.refusal(input);
    if (refusal.isPresent()) {
      items.add(failed(input, Optional.empty(), List.of(failure(input, refusal.get())), start));
    } else {
      items.addAll(runJudged(job, writer, input, selection, start));
    }
    if (settings.failFast() && items.stream().anyMatch(i -> i.state() == BatchItem.State.FAILED)) {
      stop.set(true);
    }
    progress.accept(items);
    return items;
  }

  /** The input read once, then each period judged and its document written on its own. */
  private List<BatchItem> runJudged(
      DocumentJob job, ItemByItem writer, Path input, PeriodSelection selection, long start) {
    DocumentJob.Planned planned;
    try {
      planned = job.plan(input, null, null, selection);
    } catch (RuntimeException e) {
      // One input's failure is reported with the rest; the batch goes on.
      return List.of(failed(input, Optional.empty(), List.of(failure(input, e)), start));
    }
    if (planned.source().failed()) {
      return List.of(failed(input, Optional.empty(), planned.source().read().findings(), start));
    }
    if (planned.periods().isEmpty()) {
      return List.of(failed(input, Optional.empty(), List.of(UnitChecks.noPeriods(input)), start));
    }
    List<BatchItem> items = new ArrayList<>();
    for (Period period : planned.periods()) {
      long itemStart = System.nanoTime();
      items.add(item(input, writer.write(planned.source(), period), itemStart));
    }
    return items;
  }

  /** What the batch reports of one document. */
  private static BatchItem item(Path input, ItemByItem.Outcome outcome, long start) {
    Optional<String> code = Optional.of(outcome.period().code());
    if (outcome instanceof ItemByItem.BadInput bad) {
      return failed(input, code, bad.findings(), start);
    }
    if (outcome instanceof ItemByItem.Failed failed) {
      return failed(input, code, List.of(failure(input, failed.failure())), start);
    }
    ItemByItem.Written written = (ItemByItem.Written) outcome;
    List<Finding> findings = new ArrayList<>(written.findings());
    written
        .warnings()
        .forEach(note -> findings.add(Finding.warning("render.leftOut", where(input), note)));
    return new BatchItem(
        input,
        code,
        findings.isEmpty() ? BatchItem.State.OK : BatchItem.State.WARNINGS,
        Optional.of(written.file()),
        findings,
        millisSince(start));
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

  private static Finding failure(Path input, RuntimeException e) {
    return failure(input, BatchText.failure(e));
  }

  private static SourceRef where(Path input) {
    Path name = input.getFileName();
    return SourceRef.file(name == null ? input.toString() : name.toString());
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}

package se.tertial.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.tertial.files.AtomicFiles;
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;

/**
 * {@code batch}'s write policy over the {@link DocumentJob}: each planned period ({@link
 * DocumentJob#plan}) is judged, named, checked, rendered and written on its own, so one document's
 * failure — an unexpected one while judging its period included — fails that document and no other.
 * Thread-safe: the inputs of a batch run in parallel, and no two documents of the run may claim one
 * file.
 */
public final class ItemByItem {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  /** How one period's document ended. */
  public sealed interface Outcome {
    /** The period judged. */
    Period period();
  }

  /**
   * The document was written.
   *
   * @param findings every finding of the period, reading's first
   * @param warnings what rendering warned of, one Swedish line each
   */
  public record Written(Period period, Path file, List<Finding> findings, List<String> warnings)
      implements Outcome {
    public Written {
      findings = List.copyOf(findings);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The period has errors: nothing was rendered.
   *
   * @param findings every finding of the period, reading's first
   */
  public record BadInput(Period period, List<Finding> findings) implements Outcome {
    public BadInput {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Judging the period, or naming, rendering or writing its document failed; nothing was written.
   *
   * @param failure what failed, its message Swedish when it is one of ours
   */
  public record Failed(Period period, RuntimeException failure) implements Outcome {}

  private final DocumentJob job;
  private final Path folder;
  private final OutputPolicy policy;
  private final Set<Path> claimed = ConcurrentHashMap.newKeySet();

  /**
   * @param folder where every document goes (it must exist)
   * @param policy the files no document may overwrite
   */
  public ItemByItem(DocumentJob job, Path folder, OutputPolicy policy) {
    this.job = Objects.requireNonNull(job, "job");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Judges {@code period} on {@code source}, then writes its document as {@link
   * #write(DocumentJob.Judged)} does. A failure while judging (a bug: bad input is findings) fails
   * this period alone; the input's other periods are judged and written as usual.
   */
  public Outcome write(DocumentSource source, Period period) {
    DocumentJob.Judged judged;
    try {
      judged = job.judge(source, period);
    } catch (RuntimeException e) {
      return new Failed(period, e);
    }
    return write(judged);
  }

  /** Names, checks, renders and writes {@code judged}'s document, unless the period has errors. */
  public Outcome write(DocumentJob.Judged judged) {
    if (judged.hasErrors()) {
      return new BadInput(judged.period(), judged.loaded().findings());
    }
    try {
      Path target = folder.resolve(job.name(judged)).toAbsolutePath().normalize();
      policy.check(target);
      // The plan makes names unique; this guards the invariant that no two documents share a file.
      if (!claimed.add(target)) {
        throw new OutputException(TEXTS.get("output.targetTaken", target));
      }
      DocumentJob.Document document = job.render(judged);
      AtomicFiles.write(target, document.bytes());
      return new Written(judged.period(), target, judged.loaded().findings(), document.warnings());
    } catch (RuntimeException e) {
      // One document's failure is reported with the rest; the run goes on.
      return new Failed(judged.period(), e);
    }
  }
}

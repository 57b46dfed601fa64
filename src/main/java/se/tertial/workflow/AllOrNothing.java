package se.tertial.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;

/**
 * {@code render}'s write policy over the {@link DocumentJob}: every requested period of one input
 * is judged, then every document rendered in memory with each target checked first, and only then
 * are the files written. Bad input for any period, or a failure rendering any, writes nothing.
 */
public final class AllOrNothing {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  private AllOrNothing() {}

  /**
   * One input read once and judged for each requested period; nothing rendered yet.
   *
   * @param source the input as read
   * @param periods each period judged, in order (none when reading failed)
   */
  public record Judging(DocumentSource source, List<DocumentJob.Judged> periods) {
    public Judging {
      periods = List.copyOf(periods);
    }

    /** Errors of reading and of every period; at least one when nothing can be rendered. */
    public long errors() {
      long errors = source.generalFindings().stream().filter(Finding::isError).count();
      for (DocumentJob.Judged judged : periods) {
        errors += judged.ownFindings().stream().filter(Finding::isError).count();
      }
      return errors;
    }

    /** Whether every requested period can be rendered. */
    public boolean complete() {
      return !source.failed()
          && !periods.isEmpty()
          && periods.stream().noneMatch(DocumentJob.Judged::hasErrors);
    }
  }

  /**
   * What was written.
   *
   * @param files the files, in the order of the periods
   * @param warnings what rendering warned of, each once (the periods share their templates)
   */
  public record Written(List<Path> files, List<String> warnings) {}

  /**
   * Reads {@code input} once and judges every period {@code selection} asks for.
   *
   * @param readAs the period to read for instead of the Rapport sheet's, or null
   */
  public static Judging judge(
      DocumentJob job, Path input, Period readAs, String kind, PeriodSelection selection) {
    DocumentSource source = job.read(input, readAs, kind);
    List<DocumentJob.Judged> periods =
        source.failed()
            ? List.of()
            : job.periods(source, selection).stream().map(p -> job.judge(source, p)).toList();
    return new Judging(source, periods);
  }

  /**
   * Renders every period of a complete judging in memory, checking each target against {@code
   * policy} before its document is rendered, then creates {@code folder} (when given) and writes
   * them all.
   *
   * @param target where each period's document goes
   * @param folder the folder to create before writing, or null (it must exist)
   * @return the files written, in the order of the periods, and what their rendering warned of
   * @throws RenderException when a target is refused or a document cannot be rendered (nothing is
   *     written then), or when a folder or file cannot be written
   */
  public static Written write(
      DocumentJob job,
      Judging judging,
      Function<DocumentJob.Judged, Path> target,
      Path folder,
      OutputPolicy policy) {
    Map<Path, byte[]> documents = new LinkedHashMap<>();
    Set<String> warnings = new LinkedHashSet<>();
    for (DocumentJob.Judged judged : judging.periods()) {
      Path file = target.apply(judged);
      policy.check(file);
      DocumentJob.Document document = job.render(judged);
      documents.put(file, document.bytes());
      warnings.addAll(document.warnings());
    }
    if (folder != null) {
      createFolder(folder);
    }
    documents.forEach(policy::write);
    return new Written(List.copyOf(documents.keySet()), List.copyOf(warnings));
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new RenderException(
          TEXTS.get("output.noFolder", folder, FileErrors.reason(folder, e)), e);
    }
  }
}

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
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;
import se.tertial.model.Messages;
import se.tertial.pdf.PdfException;
import se.tertial.render.RenderException;

/**
 * {@code render}'s write policy over the {@link DocumentJob}: every requested period of one input
 * is judged ({@link DocumentJob#judgeAll}), then every document rendered in memory with each target
 * checked first, and only then are the files written. Bad input for any period, or a failure
 * rendering any, writes nothing.
 */
public final class AllOrNothing {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  private AllOrNothing() {}

  /**
   * What was written.
   *
   * @param files the files, in the order of the periods
   * @param warnings what rendering warned of, each once (the periods share their templates)
   */
  public record Written(List<Path> files, List<String> warnings) {}

  /**
   * Renders every period of a complete judging in memory, checking each target against {@code
   * policy} before its document is rendered, then creates {@code folder} (when given) and writes
   * them all.
   *
   * @param target where each period's document goes
   * @param folder the folder to create before writing, or null (it must exist)
   * @return the files written, in the order of the periods, and what their rendering warned of
   * @throws OutputException when a target is refused (nothing is written then), or when a folder or
   *     file cannot be written
   * @throws RenderException when a document cannot be rendered (nothing is written then)
   * @throws PdfException when a PDF cannot be produced (nothing is written then)
   */
  public static Written write(
      DocumentJob job,
      DocumentJob.Judging judging,
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
      throw new OutputException(
          TEXTS.get("output.noFolder", folder, FileErrors.reason(folder, e)), e);
    }
  }
}

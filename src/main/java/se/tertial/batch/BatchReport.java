package se.tertial.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.tertial.ci.CheckReport;
import se.tertial.ci.FindingsJson;
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;

/**
 * The machine-readable {@code batch-report.json}, in the one findings schema ({@link
 * FindingsJson}): counts, then one entry per report with its state, output file and structured
 * findings. Inputs are relative to the manifest's folder and outputs to the output folder ({@code
 * ../} when outside it), never absolute, so the file is the same on every machine. No timings, so
 * the same run gives the same bytes.
 */
public final class BatchReport {
  private BatchReport() {}

  public static byte[] json(BatchSummary summary, Path manifestBase, Path outputDir) {
    return json(
        new CheckReport(summary.items().stream().map(BatchItem::checked).toList(), List.of()),
        manifestBase,
        outputDir);
  }

  /**
   * Writes the report of {@code plan}'s run into its output folder as {@value
   * BatchPlan#REPORT_FILE}, never over an input.
   *
   * @return the file written
   * @throws OutputException when it cannot be written
   */
  public static Path write(CheckReport report, BatchPlan plan, OutputPolicy policy) {
    Path file = plan.outputDir().resolve(BatchPlan.REPORT_FILE);
    policy.write(file, json(report, plan.manifest().base(), plan.outputDir()));
    return file;
  }

  /** The report of a run whose warnings a baseline may have acknowledged. */
  public static byte[] json(CheckReport report, Path manifestBase, Path outputDir) {
    return FindingsJson.write(
            report,
            input -> relative(manifestBase, input),
            output -> relative(outputDir, output),
            text -> relativeMessages(List.of(text), manifestBase).get(0))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The messages with the manifest folder's absolute path taken out of every path in them, so a
   * finding about {@code /home/anna/delår/enheter/x.xlsx} reads {@code enheter/x.xlsx}, as the
   * input field does.
   */
  static List<String> relativeMessages(List<String> messages, Path manifestBase) {
    Path root = manifestBase.toAbsolutePath().normalize();
    List<String> prefixes = new ArrayList<>(List.of(root.toString()));
    try {
      String real = root.toRealPath().toString();
      if (!prefixes.contains(real)) {
        prefixes.add(real);
      }
    } catch (IOException e) {
      // the folder is gone or unreadable: its written form is all there is
    }
    String separator = root.getFileSystem().getSeparator();
    return messages.stream()
        .map(
            message -> {
              String text = message;
              for (String prefix : prefixes) {
                if (prefix.equals(separator)) {
                  continue; // the root folder: every absolute path would lose its first slash
                }
                text = text.replace(prefix + separator, "");
              }
              return text;
            })
        .toList();
  }

  static String relative(Path base, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    Path relative;
    try {
      relative = root.relativize(absolute);
    } catch (IllegalArgumentException e) {
      // Another drive or file-system root: no relative path exists; the name still says which.
      relative = absolute.getFileName() == null ? absolute : absolute.getFileName();
    }
    return relative.toString().replace('\\', '/');
  }
}

package se.tertial.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable {@code batch-report.json}: counts, then one entry per report with its state,
 * output file and messages. Inputs are relative to the manifest's folder and outputs to the output
 * folder ({@code ../} when outside it), never absolute, so the file is the same on every machine.
 * No timings, so the same run gives the same bytes.
 */
public final class BatchReport {
  private BatchReport() {}

  public static byte[] json(BatchSummary summary, Path manifestBase, Path outputDir) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", summary.items().size());
    for (BatchItem.State state : BatchItem.State.values()) {
      counts.put(state.code(), summary.count(state));
    }
    root.put("counts", counts);
    List<Map<String, Object>> items =
        summary.items().stream()
            .map(
                item -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("input", relative(manifestBase, item.input()));
                  entry.put("period", item.period().orElse(null));
                  entry.put("state", item.state().code());
                  entry.put("output", item.output().map(p -> relative(outputDir, p)).orElse(null));
                  entry.put("messages", relativeMessages(item.messages(), manifestBase));
                  return entry;
                })
            .toList();
    root.put("reports", items);
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root)
          .getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The messages with the manifest folder's absolute path taken out of every path in them, so a
   * finding about {@code /home/anna/delår/enheter/x.xlsx} reads {@code enheter/x.xlsx}, as the
   * input field does.
   */
  static List<String> relativeMessages(List<String> messages, Path manifestBase) {
    Path root = manifestBase.toAbsolutePath().normalize();
    List<String> prefixes = new java.util.ArrayList<>(List.of(root.toString()));
    try {
      String real = root.toRealPath().toString();
      if (!prefixes.contains(real)) {
        prefixes.add(real);
      }
    } catch (java.io.IOException e) {
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

  private static String relative(Path base, Path path) {
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

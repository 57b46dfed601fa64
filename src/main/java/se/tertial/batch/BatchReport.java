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
                  entry.put("messages", item.messages());
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

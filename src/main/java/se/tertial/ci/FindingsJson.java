package se.tertial.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import se.tertial.model.Finding;

/**
 * The one JSON of findings ({@code check --format json}, {@code batch --format json} and {@code
 * batch-report.json}): finding counts, report counts, one entry per (unit, period) with its
 * structured findings, and the stale baseline entries. The schema is {@code
 * docs/findings.schema.json}; no timings, so the same run gives the same bytes.
 */
public final class FindingsJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FindingsJson() {}

  /**
   * The report as JSON.
   *
   * @param paths how an input is written (relative to the folder the reader starts from)
   * @param outputs how a written document is written
   * @param texts applied to every message (a batch takes the manifest's folder out of paths in
   *     them)
   */
  public static String write(
      CheckReport report,
      Function<Path, String> paths,
      Function<Path, String> outputs,
      UnaryOperator<String> texts) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    root.put("acknowledged", report.acknowledged());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", report.items().size());
    for (Checked.State state : Checked.State.values()) {
      counts.put(state.code(), report.count(state));
    }
    root.put("counts", counts);
    root.put("reports", report.items().stream().map(i -> item(i, paths, outputs, texts)).toList());
    root.put("staleBaseline", report.stale().stream().map(FindingsJson::stale).toList());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("findings cannot be written as JSON", e);
    }
  }

  /** With inputs and outputs written the same way and messages as they are. */
  public static String write(CheckReport report, Function<Path, String> paths) {
    return write(report, paths, paths, UnaryOperator.identity());
  }

  private static Map<String, Object> item(
      Checked item,
      Function<Path, String> paths,
      Function<Path, String> outputs,
      UnaryOperator<String> texts) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("input", paths.apply(item.input()));
    entry.put("period", item.period().orElse(null));
    entry.put("state", item.state().code());
    entry.put("output", item.output().map(outputs).orElse(null));
    entry.put("errors", item.errors());
    entry.put("warnings", item.warnings());
    List<Map<String, Object>> findings =
        new ArrayList<>(item.findings().stream().map(f -> finding(f, false, texts)).toList());
    item.acknowledged().forEach(f -> findings.add(finding(f, true, texts)));
    entry.put("findings", findings);
    entry.put("messages", item.findings().stream().map(f -> texts.apply(f.line())).toList());
    return entry;
  }

  /** {@link Finding#json()}, the whole line as printed, and whether the baseline covers it. */
  private static Map<String, Object> finding(
      Finding finding, boolean acknowledged, UnaryOperator<String> texts) {
    Map<String, Object> entry = new LinkedHashMap<>(finding.json());
    entry.put("message", texts.apply(finding.message()));
    entry.put("text", texts.apply(finding.toString()));
    entry.put("acknowledged", acknowledged);
    return entry;
  }

  private static Map<String, Object> stale(Baseline.Entry stale) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("input", stale.input());
    entry.put("code", stale.code());
    entry.put("location", stale.location());
    entry.put("hash", stale.hash());
    entry.put("message", stale.message());
    return entry;
  }
}

package se.tertial.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.tertial.model.Finding;
import se.tertial.model.SourceRef;

/**
 * The findings as a SARIF 2.1.0 log, for code-scanning views: one result per distinct finding of a
 * unit (with the periods it was found for), located in its file — the line of a CSV file as a
 * region, a workbook's sheet, row and column as a logical location. Warnings the baseline covers
 * carry an external suppression.
 */
public final class SarifLog {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifLog() {}

  /** The report as a SARIF log. */
  public static String write(CheckReport report, String version, Function<Path, String> paths) {
    List<UnitFindings> findings = UnitFindings.of(report);
    List<String> codes =
        findings.stream().map(f -> f.finding().code()).distinct().sorted().toList();
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "tertial");
    driver.put("semanticVersion", version);
    driver.put("rules", codes.stream().map(c -> Map.of("id", c)).toList());
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put(
        "results",
        findings.stream().map(f -> result(f, codes.indexOf(f.finding().code()), paths)).toList());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the SARIF log cannot be written", e);
    }
  }

  private static Map<String, Object> result(
      UnitFindings unit, int ruleIndex, Function<Path, String> paths) {
    Finding finding = unit.finding();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.code());
    result.put("ruleIndex", ruleIndex);
    result.put("level", finding.isError() ? "error" : "warning");
    result.put("message", Map.of("text", finding.toString()));
    result.put("locations", List.of(location(unit.item(), finding, paths)));
    result.put(
        "partialFingerprints",
        Map.of(
            "tertialFinding/v1",
            Baseline.hash(paths.apply(unit.item().input()) + "\u0000" + finding)));
    if (unit.acknowledged()) {
      result.put(
          "suppressions", List.of(Map.of("kind", "external", "justification", Baseline.FILE_NAME)));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("input", paths.apply(unit.item().input()));
    properties.put("periods", unit.periods());
    result.put("properties", properties);
    return result;
  }

  private static Map<String, Object> location(
      Checked item, Finding finding, Function<Path, String> paths) {
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(paths.apply(item.fileOf(finding)))));
    if (item.hasLines(finding)) {
      physical.put("region", Map.of("startLine", finding.where().row()));
    }
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", physical);
    logical(finding.where()).ifPresent(l -> location.put("logicalLocations", List.of(l)));
    return location;
  }

  /** Sheet, row and column as a logical location: {@code Utfall/rad 14/Kvinnor}. */
  private static Optional<Map<String, Object>> logical(SourceRef where) {
    List<String> parts = new ArrayList<>();
    if (where.sheet() != null) {
      parts.add(where.sheet());
    }
    if (where.row() > 0) {
      parts.add(CiText.get("sarif.row", where.row()));
    }
    if (where.column() != null) {
      parts.add(where.column());
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> logical = new LinkedHashMap<>();
    logical.put("name", parts.get(parts.size() - 1));
    logical.put("fullyQualifiedName", String.join("/", parts));
    logical.put("kind", where.column() != null ? "element" : "object");
    return Optional.of(logical);
  }

  /** Whether a relative path would read as a URI scheme ({@code c:x.xlsx}). */
  private static boolean firstSegmentColon(String path) {
    int slash = path.indexOf('/');
    return (slash < 0 ? path : path.substring(0, slash)).contains(":");
  }

  /** A relative path as a URI reference: spaces and letters such as å percent-encoded. */
  static String uri(String path) {
    try {
      String slashed = path.replace('\\', '/');
      // An absolute path (an input outside the current folder) is a file: URI; SARIF readers
      // resolve a relative one against the checkout.
      return slashed.startsWith("/")
          ? new URI("file", "", slashed, null).toASCIIString()
          : new URI(null, null, firstSegmentColon(slashed) ? "./" + slashed : slashed, null)
              .toASCIIString();
    } catch (URISyntaxException e) {
      return path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._/-]", "_");
    }
  }
}

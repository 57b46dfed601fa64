package se.tertial.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tertial.model.Finding;

/** The findings of {@code check --format json}: stable field names for CI and other tools. */
final class FindingsJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FindingsJson() {}

  static String write(String input, List<Finding> findings, long errors, long warnings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("input", input);
    root.put("errors", errors);
    root.put("warnings", warnings);
    root.put("findings", findings.stream().map(FindingsJson::entry).toList());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("findings cannot be written as JSON", e);
    }
  }

  /** {@link Finding#json()} and the whole line as printed, for tools that only show text. */
  private static Map<String, Object> entry(Finding finding) {
    Map<String, Object> entry = new LinkedHashMap<>(finding.json());
    entry.put("text", finding.toString());
    return entry;
  }
}

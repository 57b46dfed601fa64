package se.tertial.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.tertial.files.SpecialFiles;
import se.tertial.model.InvalidValueException;
import se.tertial.workflow.PeriodSelection;

/**
 * A batch manifest (YAML or JSON), e.g.
 *
 * <pre>
 * inputs: ["enheter/*.xlsx", "csv/*"]
 * periods: ["2021-T1..2022-ÅR"]   # or: all — or leave out for each workbook's own period
 * output: ut
 * format: pdf
 * templates: mallar
 * </pre>
 *
 * Relative paths are resolved against the manifest's folder.
 *
 * @param base the manifest's folder
 * @param inputs glob patterns of workbooks or CSV folders
 * @param periods the period selection
 * @param output the output folder, if given
 * @param format {@code pdf} or {@code html}, if given
 * @param templates a template folder, if given
 */
public record BatchManifest(
    Path base,
    List<String> inputs,
    PeriodSelection periods,
    Optional<Path> output,
    Optional<String> format,
    Optional<Path> templates) {

  public BatchManifest {
    inputs = List.copyOf(inputs);
  }

  /**
   * Reads a manifest file.
   *
   * @throws BatchException with a Swedish message naming the file when it cannot be used
   */
  public static BatchManifest read(Path file) {
    Optional<String> special = SpecialFiles.describe(file);
    if (special.isPresent()) {
      throw new BatchException(file + ": manifestet är " + special.get() + " och läses aldrig");
    }
    if (!Files.isRegularFile(file)) {
      throw new BatchException(file + ": manifestet finns inte eller är ingen fil");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json");
    ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BatchException(
            file + ": manifestet är större än " + MAX_BYTES / 1024 + " kB och läses inte");
      }
      root = mapper.readTree(ManifestText.decode(file, Files.readAllBytes(file)));
    } catch (JsonProcessingException e) {
      throw new BatchException(syntaxError(file, e, json));
    } catch (IOException e) {
      throw new BatchException(
          file
              + ": manifestet kan inte läsas (saknar behörighet eller är låst av ett annat program)");
    }
    if (root == null || !root.isObject()) {
      throw new BatchException(file + ": manifestet ska vara en YAML- eller JSON-karta med inputs");
    }
    return fromTree(file, root);
  }

  /** Largest manifest read: a list of globs and a few settings. */
  private static final long MAX_BYTES = 1024 * 1024;

  /**
   * A parser's complaint in Swedish with its line and column (the parser's English text only names
   * a token, which a Swedish user gains nothing from).
   */
  private static String syntaxError(Path file, JsonProcessingException e, boolean json) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " på rad " + at.getLineNr() + ", kolumn " + Math.max(1, at.getColumnNr());
    String duplicate =
        e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
            ? "samma fält står två gånger"
            : null;
    String hint =
        duplicate != null
            ? duplicate
            : json
                ? "kontrollera kommatecken, klamrar { } och [ ] och citattecken"
                : "kontrollera indraget, kolon efter fältnamnen, klamrar [ ] och citattecken";
    return file + ": manifestet har ett syntaxfel" + where + ": " + hint;
  }

  private static BatchManifest fromTree(Path file, JsonNode root) {
    Path base = file.toAbsolutePath().getParent();
    root.fieldNames()
        .forEachRemaining(
            key -> {
              if (!List.of("inputs", "periods", "output", "format", "templates").contains(key)) {
                throw new BatchException(file + ": okänt fält \"" + key + "\" i manifestet");
              }
            });
    List<String> inputs = strings(file, root.get("inputs"), "inputs");
    if (inputs.isEmpty()) {
      throw new BatchException(file + ": manifestet saknar inputs (en lista med filmönster)");
    }
    PeriodSelection periods = periods(file, root.get("periods"));
    return new BatchManifest(
        base,
        inputs,
        periods,
        text(root, "output").map(base::resolve),
        text(root, "format"),
        text(root, "templates").map(base::resolve));
  }

  private static List<String> strings(Path file, JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (node.isTextual()) {
      values.add(node.asText());
      return values;
    }
    if (!node.isArray()) {
      throw new BatchException(file + ": " + field + " ska vara en lista med texter");
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new BatchException(file + ": " + field + " ska vara en lista med texter");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() || node.asText().isBlank()
        ? Optional.empty()
        : Optional.of(node.asText().strip());
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Reads the manifest's {@code periods} field. */
  private static PeriodSelection periods(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return new PeriodSelection.ReportPeriod();
    }
    String where = "periods i " + file.getFileName();
    try {
      if (node.isTextual()) {
        return PeriodSelection.parse(node.asText(), where);
      }
      if (!node.isArray()) {
        throw new BatchException(file + ": periods ska vara all eller en lista med perioder");
      }
      List<String> periods = new ArrayList<>();
      for (JsonNode item : node) {
        periods.add(item.asText().strip());
      }
      return PeriodSelection.listed(periods, where);
    } catch (InvalidValueException e) {
      throw new BatchException(file + ": periods: " + e.getMessage());
    }
  }
}

package se.tertial.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.tertial.model.Finding;
import se.tertial.model.SourceRef;

/**
 * The acknowledged warnings of a data repository ({@code tertial-baseline.json}, committed beside
 * the workbooks): each entry names a unit's input, a finding's code, its location and a hash of its
 * text. A warning it covers is still listed but no longer fails {@code --strict}; an entry that
 * matches nothing any more is reported as stale. Errors are never acknowledged: a document is not
 * written with them.
 *
 * @param folder the baseline file's folder, against which entries name their inputs
 * @param entries the acknowledged warnings, sorted
 */
public record Baseline(Path folder, List<Entry> entries) {

  /** The usual file name, looked for in the current folder or beside the manifest. */
  public static final String FILE_NAME = "tertial-baseline.json";

  private static final int VERSION = 1;

  /**
   * One acknowledged warning.
   *
   * @param input the unit's input relative to the baseline's folder, with {@code /}
   * @param code the finding's code
   * @param location file, sheet, row and column as {@code file|sheet|row|column}
   * @param hash the first 16 hex digits of the SHA-256 of the finding's message
   * @param message the message when the entry was written, for the reviewer (not matched)
   */
  public record Entry(String input, String code, String location, String hash, String message)
      implements Comparable<Entry> {

    /** What the entry matches on: everything but the message. */
    String key() {
      return input + "\u0000" + code + "\u0000" + location + "\u0000" + hash;
    }

    @Override
    public int compareTo(Entry other) {
      return key().compareTo(other.key());
    }
  }

  public Baseline {
    entries = List.copyOf(new TreeSet<>(entries));
  }

  /** No acknowledged warnings. */
  public static Baseline empty(Path folder) {
    return new Baseline(folder, List.of());
  }

  /**
   * Reads a baseline file.
   *
   * @throws BaselineException with a Swedish message naming the file when it cannot be used
   */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root =
          new ObjectMapper()
              .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
              .readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BaselineException(CiText.get("baseline.unreadable", file, firstLine(e)));
    }
    JsonNode list = root == null ? null : root.get("acknowledged");
    if (list == null || !list.isArray()) {
      throw new BaselineException(CiText.get("baseline.noList", file));
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : list) {
      String input = text(node, "input");
      String code = text(node, "code");
      String location = text(node, "location");
      String hash = text(node, "hash");
      if (input == null || code == null || location == null || hash == null) {
        throw new BaselineException(CiText.get("baseline.badEntry", file, entries.size() + 1));
      }
      entries.add(new Entry(input, code, location, hash, text(node, "message")));
    }
    return new Baseline(file.toAbsolutePath().normalize().getParent(), entries);
  }

  /** A baseline acknowledging every warning of {@code items}, for the file at {@code folder}. */
  public static Baseline of(Path folder, List<Checked> items) {
    Baseline empty = empty(folder);
    List<Entry> entries = new ArrayList<>();
    for (Checked item : items) {
      for (Finding finding : item.findings()) {
        if (!finding.isError()) {
          entries.add(empty.entry(item, finding));
        }
      }
      item.acknowledged().forEach(f -> entries.add(empty.entry(item, f)));
    }
    return new Baseline(folder, entries);
  }

  /** The file's bytes: pretty-printed JSON, entries sorted, so a rerun writes the same file. */
  public byte[] json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put(
        "acknowledged",
        entries.stream()
            .map(
                e -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("input", e.input());
                  entry.put("code", e.code());
                  entry.put("location", e.location());
                  entry.put("hash", e.hash());
                  entry.put("message", e.message());
                  return entry;
                })
            .toList());
    try {
      return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
              + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the baseline cannot be written as JSON", e);
    }
  }

  /**
   * The run with every warning an entry covers acknowledged, and the entries about the run's units
   * that covered nothing (a baseline for other units is not stale because they were not checked).
   */
  public CheckReport apply(List<Checked> items) {
    Set<String> keys = new LinkedHashSet<>();
    entries.forEach(e -> keys.add(e.key()));
    Set<String> used = new LinkedHashSet<>();
    Set<String> inputs = new LinkedHashSet<>();
    List<Checked> applied = new ArrayList<>();
    for (Checked item : items) {
      inputs.add(inputName(item.input()));
      List<Finding> covered = new ArrayList<>();
      for (Finding finding : item.findings()) {
        String key = entry(item, finding).key();
        if (!finding.isError() && keys.contains(key)) {
          covered.add(finding);
          used.add(key);
        }
      }
      applied.add(covered.isEmpty() ? item : item.acknowledging(covered));
    }
    List<Entry> stale =
        entries.stream()
            .filter(e -> inputs.contains(e.input()) && !used.contains(e.key()))
            .toList();
    return new CheckReport(applied, stale);
  }

  /** The entry that would acknowledge {@code finding} of {@code item}. */
  Entry entry(Checked item, Finding finding) {
    SourceRef where = finding.where();
    String location =
        String.join(
            "|",
            nullToEmpty(where.file()),
            nullToEmpty(where.sheet()),
            where.row() > 0 ? Integer.toString(where.row()) : "",
            nullToEmpty(where.column()));
    return new Entry(
        inputName(item.input()),
        finding.code(),
        location,
        hash(finding.message()),
        finding.message());
  }

  private String inputName(Path input) {
    Path absolute = input.toAbsolutePath().normalize();
    Path relative;
    try {
      relative = folder.toAbsolutePath().normalize().relativize(absolute);
    } catch (IllegalArgumentException e) {
      relative = absolute; // another drive: the absolute path is the only name there is
    }
    return relative.toString().replace('\\', '/');
  }

  static String hash(String message) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String firstLine(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

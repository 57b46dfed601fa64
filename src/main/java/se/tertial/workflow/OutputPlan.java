package se.tertial.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputException;
import se.tertial.files.OutputNames;
import se.tertial.model.Messages;
import se.tertial.model.Period;

/**
 * The output file names of a run ({@code render} of one input, {@code batch} of many), decided from
 * the input paths before anything is read, so that two inputs never write the same file and {@code
 * render} and {@code batch} name a document alike: {@code <input>-<period>.<format>}. Each input is
 * named after itself ({@code Länssjukvård 2.xlsx} → {@code lanssjukvard-2-…}); inputs whose names
 * fold to the same name ({@code norr/enhet.xlsx} and {@code syd/enhet.xlsx}) get as many of their
 * parent folders' names in front as it takes to tell them apart ({@code norr-enhet-…}, {@code
 * syd-enhet-…}). Inputs that cannot be told apart that way ({@code Enhet Å.xlsx} and {@code
 * enhet-a.xlsx} in one folder) are refused, each naming the other; the rest of the batch runs.
 * Deterministic: depends only on the sorted input paths.
 */
public final class OutputPlan {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  private final Map<Path, String> stems;
  private final Map<Path, String> refusals;

  private OutputPlan(Map<Path, String> stems, Map<Path, String> refusals) {
    this.stems = stems;
    this.refusals = refusals;
  }

  /** Plans names for {@code inputs} (absolute, normalised). */
  public static OutputPlan of(List<Path> inputs) {
    Map<Path, List<String>> segments = new LinkedHashMap<>();
    for (Path input : inputs) {
      segments.put(input, nameSegments(input));
    }
    Map<Path, String> stems = new LinkedHashMap<>();
    for (Path input : inputs) {
      stems.put(input, OutputNames.stem(segments.get(input).get(0)));
    }
    // Widen colliding names by one parent folder at a time until they differ or run out.
    int maxDepth = segments.values().stream().mapToInt(List::size).max().orElse(1);
    for (int depth = 2; depth <= maxDepth; depth++) {
      Map<String, List<Path>> groups = groups(stems);
      boolean widened = false;
      for (List<Path> group : groups.values()) {
        if (group.size() < 2) {
          continue;
        }
        for (Path input : group) {
          List<String> parts = segments.get(input);
          if (parts.size() >= depth) {
            stems.put(input, OutputNames.stem(parts.get(depth - 1) + "-" + stems.get(input)));
            widened = true;
          }
        }
      }
      if (!widened) {
        break;
      }
    }
    Map<Path, String> refusals = new LinkedHashMap<>();
    for (List<Path> group : groups(stems).values()) {
      if (group.size() < 2) {
        continue;
      }
      for (Path input : group) {
        List<String> others =
            group.stream().filter(p -> !p.equals(input)).map(Path::toString).toList();
        refusals.put(
            input, TEXTS.get("output.nameCollision", stems.get(input), String.join(", ", others)));
      }
    }
    return new OutputPlan(stems, refusals);
  }

  /** Why {@code input} is not rendered: its output name cannot be told from another's. */
  public Optional<String> refusal(Path input) {
    return Optional.ofNullable(refusals.get(input));
  }

  /**
   * The output file name of {@code input} for {@code period}.
   *
   * @throws OutputException when the name would be longer than a file system allows
   */
  public String name(Path input, Period period, String extension) {
    String stem = stems.get(input);
    if (stem == null) {
      stem = OutputNames.stem(nameSegments(input).get(0));
    }
    String name = OutputNames.of(stem, period, extension);
    if (name.getBytes(StandardCharsets.UTF_8).length > FileErrors.MAX_NAME_BYTES) {
      throw new OutputException(
          TEXTS.get("output.nameTooLong", name.length(), FileErrors.MAX_NAME_BYTES));
    }
    return name;
  }

  private static Map<String, List<Path>> groups(Map<Path, String> stems) {
    Map<String, List<Path>> groups = new TreeMap<>();
    stems.forEach((input, stem) -> groups.computeIfAbsent(stem, s -> new ArrayList<>()).add(input));
    return groups;
  }

  /**
   * The input's own name (extension dropped; a CSV folder called {@code csv} named after the folder
   * above it), then its parent folders' names, nearest first.
   */
  private static List<String> nameSegments(Path input) {
    Path absolute = input.toAbsolutePath().normalize();
    List<String> parts = new ArrayList<>();
    String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
    Path parent = absolute.getParent();
    if (name.equalsIgnoreCase("csv") && parent != null && parent.getFileName() != null) {
      name = parent.getFileName() + "-csv";
      parent = parent.getParent();
    }
    int dot = name.lastIndexOf('.');
    parts.add(dot > 0 && !Files.isDirectory(absolute) ? name.substring(0, dot) : name);
    for (Path p = parent; p != null && p.getFileName() != null; p = p.getParent()) {
      parts.add(p.getFileName().toString());
    }
    return parts;
  }
}

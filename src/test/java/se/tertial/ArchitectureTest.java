package se.tertial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md draws, read from the sources: which top-level package of {@code
 * se.tertial} refers to which ({@code kind.plan} counts as {@code kind}), by import or by a fully
 * qualified name.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/se/tertial");
  private static final Pattern REFERENCE = Pattern.compile("\\bse\\.tertial\\.([a-z]+)\\.");

  /** Package → the packages of ours it refers to. */
  private static Map<String, Set<String>> graph() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = MAIN.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String from = relative.getName(0).toString();
        Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(from)) {
            to.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  @Test
  void modelRefersToNothingOfOursAndReadOnlyToModel() {
    Map<String, Set<String>> graph = graph();

    assertThat(graph.get("model")).isEmpty();
    assertThat(graph.get("read")).containsOnly("model");
  }

  @Test
  void renderNeverReadsAndKindsNeverRenderWriteOrPrint() {
    Map<String, Set<String>> graph = graph();

    assertThat(graph.get("render")).doesNotContain("read", "workflow", "cli", "write");
    assertThat(graph.get("kind")).doesNotContain("render", "workflow", "cli", "write", "batch");
  }

  @Test
  void onlyTheCommandLineKnowsTheCommandLine() {
    graph()
        .forEach(
            (from, to) -> {
              if (!from.equals("cli")) {
                assertThat(to).as(from).doesNotContain("cli");
              }
            });
  }

  @Test
  void packagesReferToEachOtherWithoutCycles() {
    Map<String, Set<String>> graph = graph();
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      for (String next : graph.get(start)) {
        if (reaches(graph, next, start, new TreeSet<>())) {
          cycles.add(start + " → " + next + " → … → " + start);
        }
      }
    }

    assertThat(cycles).isEmpty();
  }

  private static boolean reaches(
      Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : graph.getOrDefault(from, Set.of())) {
      if (reaches(graph, next, target, seen)) {
        return true;
      }
    }
    return false;
  }
}

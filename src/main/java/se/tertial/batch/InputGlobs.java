package se.tertial.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Expands the manifest's input patterns ({@code enheter/*.xlsx}, {@code data/**}{@code /csv})
 * against a base folder. Matches are workbooks or folders, sorted so runs are stable.
 */
public final class InputGlobs {
  private static final int MAX_DEPTH = 12;

  private InputGlobs() {}

  /**
   * Every path matching any pattern, sorted and without duplicates. A pattern without glob
   * characters is kept even when the path does not exist, so it is reported rather than skipped.
   */
  public static List<Path> expand(Path base, List<String> patterns) {
    TreeSet<Path> matches = new TreeSet<>();
    for (String pattern : patterns) {
      matches.addAll(expandOne(base, pattern));
    }
    return new ArrayList<>(matches);
  }

  private static List<Path> expandOne(Path base, String pattern) {
    String unixPattern = pattern.replace('\\', '/');
    Path literal = base.resolve(unixPattern).toAbsolutePath().normalize();
    if (!containsGlob(unixPattern) || Files.exists(literal, LinkOption.NOFOLLOW_LINKS)) {
      // Kept even when missing, so the reader reports it instead of it vanishing from the batch;
      // an existing file whose name holds [ or { is that file, not a pattern.
      return List.of(literal);
    }
    Path root = base.resolve(literalPrefix(unixPattern)).normalize();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    String absolute = base.toAbsolutePath().normalize().toString().replace('\\', '/');
    String fullPattern =
        Path.of(unixPattern).isAbsolute() ? unixPattern : escapeGlob(absolute) + "/" + unixPattern;
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + fullPattern);
    } catch (PatternSyntaxException e) {
      return List.of(literal); // no valid pattern ("enhet[2.xlsx"): a name, reported if missing
    }
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
      return walk.map(p -> p.toAbsolutePath().normalize())
          .filter(matcher::matches)
          .filter(p -> !p.getFileName().toString().startsWith("~$")) // Excel's lock files
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean containsGlob(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The folders before the first segment with a glob character. */
  private static String literalPrefix(String pattern) {
    String[] segments = pattern.split("/");
    StringBuilder prefix = new StringBuilder();
    for (String segment : segments) {
      if (containsGlob(segment)) {
        break;
      }
      prefix.append(segment).append('/');
    }
    return prefix.length() == 0 ? "." : prefix.toString();
  }

  private static String escapeGlob(String literal) {
    return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
  }
}

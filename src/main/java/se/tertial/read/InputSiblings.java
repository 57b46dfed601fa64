package se.tertial.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What lies next to an input that changes how far it can be trusted: an office program's lock file
 * (the workbook is open, and what is on screen may not be saved), and links that lead out of the
 * input's folder (a {@code utfall.csv} that is really {@code /etc/passwd} must never be read).
 */
final class InputSiblings {
  private InputSiblings() {}

  /**
   * The name of a lock file Excel ({@code ~$enhet.xlsx}, or with the first two characters replaced
   * for long names) or LibreOffice ({@code .~lock.enhet.xlsx#}) keeps beside an open workbook, if
   * there is one.
   */
  static Optional<String> lockFile(Path workbook) {
    Path folder = workbook.toAbsolutePath().getParent();
    String name = workbook.getFileName().toString();
    if (folder == null) {
      return Optional.empty();
    }
    List<String> candidates =
        name.length() > 2
            ? List.of("~$" + name, "~$" + name.substring(2), ".~lock." + name + "#")
            : List.of("~$" + name, ".~lock." + name + "#");
    return candidates.stream().filter(c -> Files.exists(folder.resolve(c))).findFirst();
  }

  /** The first lock file in a CSV folder (a CSV file open in Excel or LibreOffice), if any. */
  static Optional<String> lockFileIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("~$") || (n.startsWith(".~lock.") && n.endsWith("#")))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code file} is a link whose target lies outside the folder the link is in (after
   * resolving every link on the way). A file that cannot be resolved counts as outside.
   */
  static boolean linksOutOfItsFolder(Path file) {
    if (!Files.isSymbolicLink(file)) {
      return false;
    }
    try {
      Path folder = file.toAbsolutePath().getParent().toRealPath();
      Path target = file.toRealPath();
      return !folder.equals(target.getParent());
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}

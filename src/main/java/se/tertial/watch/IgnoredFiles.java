package se.tertial.watch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Files a save leaves beside the real one and that must not trigger a render: Excel's lock file
 * ({@code ~$bok.xlsx}), LibreOffice's ({@code .~lock.bok.xlsx#}), editors' backups and swap files,
 * temporary files (also the ones {@code render} itself writes before moving them into place), and
 * the report being written.
 */
final class IgnoredFiles implements Predicate<Path> {
  private final Path output;

  /** Ignores the usual side files and {@code output} (may be null). */
  IgnoredFiles(Path output) {
    this.output = output == null ? null : output.toAbsolutePath().normalize();
  }

  @Override
  public boolean test(Path path) {
    if (output != null && path.toAbsolutePath().normalize().equals(output)) {
      return true;
    }
    Path fileName = path.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    return name.startsWith("~$")
        || name.startsWith(".~lock.")
        || name.endsWith("~")
        || name.endsWith(".tmp")
        || name.endsWith(".temp")
        || name.endsWith(".swp")
        || name.endsWith(".bak")
        || (name.startsWith(".") && !name.equals(".") && !name.equals(".."));
  }
}

package se.tertial.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Whether a workbook looks completely written: an .xlsx/.xlsm is a zip whose central directory sits
 * at its very end, so a file still being written does not open as a zip. Anything else (a CSV
 * folder) counts as complete; the reader judges it.
 */
final class WorkbookProbe {
  private WorkbookProbe() {}

  static boolean looksComplete(Path input) {
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(input) || !(lower.endsWith(".xlsx") || lower.endsWith(".xlsm"))) {
      return true;
    }
    try (ZipFile zip = new ZipFile(input.toFile())) {
      return zip.size() > 0;
    } catch (IOException e) {
      return false;
    }
  }
}

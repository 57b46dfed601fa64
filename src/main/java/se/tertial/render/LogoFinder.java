package se.tertial.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import se.tertial.files.RenderException;

/**
 * Finds the optional logo next to the input ({@code logo.png} or {@code logo.jpg} in the workbook's
 * folder, or in the CSV folder) and returns it as a data: URI, so the PDF and the HTML file stay
 * self-contained.
 */
public final class LogoFinder {
  private static final List<String> NAMES = List.of("logo.png", "logo.jpg", "logo.jpeg");
  private static final long MAX_BYTES = 2L * 1024 * 1024;

  private LogoFinder() {}

  /** The logo's data: URI, or empty when there is none. */
  public static String dataUri(Path input) {
    Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    if (folder == null) {
      return "";
    }
    for (String name : NAMES) {
      Path logo = folder.resolve(name);
      try {
        if (Files.isRegularFile(logo) && Files.size(logo) <= MAX_BYTES) {
          String mime = name.endsWith(".png") ? "image/png" : "image/jpeg";
          return "data:"
              + mime
              + ";base64,"
              + Base64.getEncoder().encodeToString(Files.readAllBytes(logo));
        }
      } catch (IOException e) {
        throw new RenderException("Logotypen " + logo + " kan inte läsas: " + e.getMessage(), e);
      }
    }
    return "";
  }
}

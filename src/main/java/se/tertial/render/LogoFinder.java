package se.tertial.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import se.tertial.files.RenderException;

/**
 * Finds the optional logo next to the input ({@code logo.png} or {@code logo.jpg} in the workbook's
 * folder, or in the CSV folder) and returns it as a data: URI, so the PDF and the HTML file stay
 * self-contained.
 *
 * <p>Bounded: a logo over {@value #MAX_BYTES} bytes or {@value #MAX_PIXELS} pixels on a side (read
 * from the image header, never decoded whole), or one that is no PNG/JPEG image, is left out with a
 * warning. A logo that is a symlink resolving outside the input's folder is refused: it could carry
 * any file of the machine into the report.
 */
public final class LogoFinder {
  private static final List<String> NAMES = List.of("logo.png", "logo.jpg", "logo.jpeg");

  /** Largest logo file embedded. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  /** Largest width or height embedded; a logo is printed a few centimetres wide. */
  static final int MAX_PIXELS = 4000;

  private LogoFinder() {}

  /** The logo's data: URI, or empty when there is none; warnings are dropped. */
  public static String dataUri(Path input) {
    return dataUri(input, warning -> {});
  }

  /**
   * The logo's data: URI, or empty when there is none or it was left out ({@code warnings} hears
   * why, in Swedish).
   *
   * @throws RenderException when the logo links out of its folder or cannot be read
   */
  public static String dataUri(Path input, Consumer<String> warnings) {
    Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    if (folder == null) {
      return "";
    }
    for (String name : NAMES) {
      Path logo = folder.resolve(name);
      if (!Files.exists(logo, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        confine(folder, logo);
        if (!Files.isRegularFile(logo)) {
          warnings.accept("varning: " + logo + ": logotypen är ingen vanlig fil och används inte");
          return "";
        }
        long size = Files.size(logo);
        if (size > MAX_BYTES) {
          warnings.accept(
              "varning: "
                  + logo
                  + ": logotypen är "
                  + size / 1024
                  + " kB, större än "
                  + MAX_BYTES / 1024
                  + " kB, och används inte; spara en mindre bild");
          return "";
        }
        byte[] bytes = Files.readAllBytes(logo);
        Optional<String> problem = checkImage(bytes, name.endsWith(".png") ? "png" : "jpeg");
        if (problem.isPresent()) {
          warnings.accept("varning: " + logo + ": " + problem.get());
          return "";
        }
        String mime = name.endsWith(".png") ? "image/png" : "image/jpeg";
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
      } catch (IOException e) {
        throw new RenderException("Logotypen " + logo + " kan inte läsas: " + e.getMessage(), e);
      }
    }
    return "";
  }

  private static void confine(Path folder, Path logo) throws IOException {
    Path real;
    try {
      real = logo.toRealPath();
    } catch (IOException e) {
      throw new RenderException("Logotypen " + logo + " är en länk som pekar på något som saknas.");
    }
    if (!real.startsWith(folder.toRealPath())) {
      throw new RenderException(
          "Logotypen "
              + logo
              + " pekar ut ur indatamappen (till "
              + real
              + "); kopiera bilden till mappen i stället för att länka.");
    }
  }

  /** Why the bytes are no usable logo: not that format, or too many pixels; empty when fine. */
  static Optional<String> checkImage(byte[] bytes, String format) throws IOException {
    try (ImageInputStream stream =
        ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (stream == null || !readers.hasNext()) {
        return Optional.of("logotypen är ingen PNG- eller JPEG-bild och används inte");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(stream, true, true);
        if (!reader
            .getFormatName()
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith(format.substring(0, 2))) {
          return Optional.of(
              "logotypen är en "
                  + reader.getFormatName()
                  + "-bild med fel filändelse och används inte");
        }
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_PIXELS || height > MAX_PIXELS) {
          return Optional.of(
              "logotypen är "
                  + width
                  + " × "
                  + height
                  + " bildpunkter, större än "
                  + MAX_PIXELS
                  + " × "
                  + MAX_PIXELS
                  + ", och används inte; spara en mindre bild");
        }
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.of("logotypen är en skadad bild och används inte");
      } finally {
        reader.dispose();
      }
    }
  }
}

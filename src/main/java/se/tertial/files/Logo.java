package se.tertial.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optional logo beside an input ({@code logo.png}, {@code logo.jpg} or {@code logo.jpeg} in the
 * workbook's folder or in the CSV folder) and whether it may be printed. One decision for every
 * command: {@code check} reports what {@code render} would leave out or refuse.
 *
 * <p>Bounded: a logo over {@value #MAX_BYTES} bytes or {@link ImageSize#MAX_PIXELS} pixels on a
 * side (read from the image header, never decoded whole), or one that is no PNG/JPEG image, is
 * {@link Dropped}. A logo that is a link resolving outside the input's folder is {@link Refused}:
 * it could carry any file of the machine into the report.
 */
public sealed interface Logo {

  /** Largest logo file embedded. */
  long MAX_BYTES = 2L * 1024 * 1024;

  /** No logo beside the input. */
  record Absent() implements Logo {
    @Override
    public Path file() {
      return null;
    }
  }

  /** A logo to print. */
  record Usable(Path file, String mime, byte[] bytes) implements Logo {}

  /**
   * A logo left out; {@code reason} in Swedish, e.g. "logotypen är ingen PNG- eller JPEG-bild …".
   */
  record Dropped(Path file, String reason) implements Logo {}

  /** A logo that must not be read at all (a link out of the folder, unreadable); bad input. */
  record Refused(Path file, String reason) implements Logo {}

  /** The logo file, null when there is none. */
  Path file();

  /** The logo beside {@code input} (a workbook or a CSV folder) and what may be done with it. */
  static Logo beside(Path input) {
    Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    if (folder == null) {
      return new Absent();
    }
    for (String name : List.of("logo.png", "logo.jpg", "logo.jpeg")) {
      Path logo = folder.resolve(name);
      if (Files.exists(logo, LinkOption.NOFOLLOW_LINKS)) {
        return inspect(folder, logo, name.endsWith(".png") ? "png" : "jpeg");
      }
    }
    return new Absent();
  }

  private static Logo inspect(Path folder, Path logo, String format) {
    try {
      Path real;
      try {
        real = logo.toRealPath();
      } catch (IOException e) {
        return new Refused(logo, "logotypen är en länk som pekar på något som saknas");
      }
      if (!real.startsWith(folder.toRealPath())) {
        return new Refused(
            logo,
            "logotypen är en länk som pekar ut ur indatamappen och läses inte; kopiera bilden till"
                + " mappen i stället för att länka");
      }
      if (!Files.isRegularFile(logo)) {
        return new Dropped(logo, "logotypen är ingen vanlig fil och används inte");
      }
      long size = Files.size(logo);
      if (size > MAX_BYTES) {
        return new Dropped(
            logo,
            "logotypen är "
                + size / 1024
                + " kB, större än "
                + MAX_BYTES / 1024
                + " kB, och används inte; spara en mindre bild");
      }
      byte[] bytes = Files.readAllBytes(logo);
      Optional<String> problem = imageProblem(bytes, format);
      if (problem.isPresent()) {
        return new Dropped(logo, problem.get());
      }
      return new Usable(logo, format.equals("png") ? "image/png" : "image/jpeg", bytes);
    } catch (IOException e) {
      return new Refused(
          logo, "logotypen kan inte läsas (saknar behörighet eller är låst av ett annat program)");
    }
  }

  /** Why the bytes are no usable logo: not that format, or too many pixels; empty when fine. */
  static Optional<String> imageProblem(byte[] bytes, String format) {
    Optional<ImageSize> size;
    try {
      size = ImageSize.of(bytes);
    } catch (IOException e) {
      return Optional.of("logotypen är en skadad bild och används inte");
    }
    if (size.isEmpty()) {
      return Optional.of("logotypen är ingen PNG- eller JPEG-bild och används inte");
    }
    ImageSize image = size.get();
    if (!image.format().toLowerCase(Locale.ROOT).startsWith(format.substring(0, 2))) {
      return Optional.of(
          "logotypen är en " + image.format() + "-bild med fel filändelse och används inte");
    }
    if (image.tooLarge()) {
      return Optional.of(
          "logotypen är "
              + image.width()
              + " × "
              + image.height()
              + " bildpunkter, större än "
              + ImageSize.MAX_PIXELS
              + " × "
              + ImageSize.MAX_PIXELS
              + ", och används inte; spara en mindre bild");
    }
    return Optional.empty();
  }
}

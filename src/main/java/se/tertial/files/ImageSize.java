package se.tertial.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's format and size in pixels as its header states them, and the one pixel limit for every
 * raster image tertial embeds: the unit's logo, the template folder's logo and any {@code data:}
 * image a template or its style sheets write.
 *
 * <p>Why from the header: a PNG of 25 000 × 25 000 pixels is a few kilobytes on disk, but decoding
 * it takes gigabytes (and a PDF carrying it makes every viewer decode it). ImageIO's readers parse
 * only the header for {@link ImageReader#getWidth}, so the size is known without a single pixel
 * being decoded.
 *
 * @param format ImageIO's format name, e.g. {@code png} or {@code JPEG}
 * @param width pixels across
 * @param height pixels down
 */
public record ImageSize(String format, int width, int height) {

  /** Largest width or height of an embedded image; a logo is printed a few centimetres wide. */
  public static final int MAX_PIXELS = 4000;

  /** Whether a side exceeds {@link #MAX_PIXELS}. */
  public boolean tooLarge() {
    return width > MAX_PIXELS || height > MAX_PIXELS;
  }

  /**
   * The size {@code bytes}' header states; empty when no ImageIO reader knows the format.
   *
   * @throws IOException when the format is known but the header is damaged
   */
  public static Optional<ImageSize> of(byte[] bytes) throws IOException {
    try {
      return read(bytes);
    } catch (RuntimeException e) {
      // A reader's own parsing fault on a broken header is a damaged image, not a bug of ours.
      throw new IOException(e.getMessage(), e);
    }
  }

  private static Optional<ImageSize> read(byte[] bytes) throws IOException {
    try (ImageInputStream stream =
        ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(stream, true, true);
        return Optional.of(
            new ImageSize(reader.getFormatName(), reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    }
  }
}

package se.tertial.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Decompression bombs as a careless or hostile user makes them: images that are tiny on disk but
 * huge in pixels. Built at test time (nothing opaque committed).
 */
public final class BombImages {
  private BombImages() {}

  /**
   * A complete, valid PNG of {@code width} × {@code height} black pixels (1-bit greyscale, every
   * row deflated from zeros): 25 000 × 25 000 is about 80 kB on disk and 625 million pixels
   * decoded.
   */
  public static byte[] png(int width, int height) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.write(
          new byte[] {1, 0, 0, 0, 0}); // 1-bit greyscale, deflate, adaptive filter, no interlace
      chunk(out, "IHDR", header.toByteArray());
      ByteArrayOutputStream pixels = new ByteArrayOutputStream();
      byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0 (none), then the pixels
      try (OutputStream deflate =
          new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
        for (int y = 0; y < height; y++) {
          deflate.write(row);
        }
      }
      chunk(out, "IDAT", pixels.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG whose frame header (SOF0) states {@code width} × {@code height}: a real 16 × 16 JPEG
   * written by ImageIO with the two sizes in its frame header raised. What any reader of the header
   * sees is the bomb's size; writing a real 25 000 × 25 000 JPEG would need its pixels in memory.
   */
  public static byte[] jpeg(int width, int height) {
    try {
      ByteArrayOutputStream small = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpeg", small);
      byte[] bytes = small.toByteArray();
      for (int i = 2; i + 8 < bytes.length; i++) {
        if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) {
          // FF C0, length (2), precision (1), height (2), width (2)
          bytes[i + 5] = (byte) (height >> 8);
          bytes[i + 6] = (byte) height;
          bytes[i + 7] = (byte) (width >> 8);
          bytes[i + 8] = (byte) width;
          return bytes;
        }
      }
      throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame header");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bytes} as a data: URI of {@code mime}, base64 on one line. */
  public static String dataUri(String mime, byte[] bytes) {
    return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(body.length);
    out.write(name);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    out.writeInt((int) crc.getValue());
  }
}

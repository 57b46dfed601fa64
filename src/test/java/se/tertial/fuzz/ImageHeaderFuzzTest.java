package se.tertial.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.tertial.files.ImageSize;
import se.tertial.testing.BombImages;

/**
 * {@link ImageSize#of}, the gate every embedded image passes (logos, template images, Word
 * pictures), on seeded mutations of real PNG, JPEG, GIF and BMP files and of decompression bombs:
 * flipped, cut, repeated and overwritten bytes, sizes raised to 2³¹ − 1. It returns a size or
 * nothing, or throws {@link IOException} (a damaged image, left out); never anything else, and
 * never by decoding pixels (a 25 000² bomb would take gigabytes, far over the time limit).
 */
class ImageHeaderFuzzTest {

  private static byte[] write(String format, int width, int height) {
    try {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      image.setRGB(0, 0, 0x1A3A5C);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(120)
  void theHeaderGateReturnsASizeNothingOrADamagedImageOnly() {
    List<byte[]> seeds =
        List.of(
            write("png", 20, 10),
            write("jpeg", 16, 16),
            write("gif", 8, 8),
            write("bmp", 4, 4),
            BombImages.png(25_000, 25_000),
            BombImages.jpeg(25_000, 25_000),
            BombImages.png(ImageSize.MAX_PIXELS + 1, 1));
    Random random = new Random(FuzzText.SEED ^ 0x1A6E);
    int tries = 4_000 * FuzzText.FACTOR;
    int sized = 0;
    for (int i = 0; i < tries; i++) {
      byte[] seed = seeds.get(random.nextInt(seeds.size()));
      byte[] input = mutate(seed, random);
      try {
        Optional<ImageSize> size = ImageSize.of(input);
        if (size.isPresent()) {
          sized++;
          assertThat(size.get().width()).isNotNegative();
          assertThat(size.get().height()).isNotNegative();
        }
      } catch (IOException damaged) {
        // the documented failure: the image is left out (a logo with a warning)
      } catch (RuntimeException e) {
        throw new AssertionError(
            "seed "
                + FuzzText.SEED
                + ", try "
                + i
                + " (from a "
                + seed.length
                + "-byte image): "
                + e,
            e);
      }
    }
    assertThat(sized).as("mutations that still read as images").isPositive();
  }

  /** One to four mutations of a copy of {@code seed}, in its first 2 kB (where headers are). */
  private static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      int span = Math.min(bytes.length, 2048);
      if (span == 0) {
        break;
      }
      int at = random.nextInt(span);
      switch (random.nextInt(5)) {
        case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> bytes[at] = (byte) random.nextInt(256);
        case 2 -> bytes = java.util.Arrays.copyOf(bytes, at); // cut short
        case 3 -> {
          // a run of 0xFF or 0x7F: sizes and lengths raised towards 2^31 - 1
          byte fill = random.nextBoolean() ? (byte) 0xFF : (byte) 0x7F;
          for (int k = at; k < Math.min(bytes.length, at + 1 + random.nextInt(4)); k++) {
            bytes[k] = fill;
          }
        }
        default -> {
          // a piece repeated (a chunk or marker twice)
          int length = Math.min(1 + random.nextInt(32), bytes.length - at);
          byte[] longer = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, longer, 0, at + length);
          System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }
}

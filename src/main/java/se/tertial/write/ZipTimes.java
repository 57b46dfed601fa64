package se.tertial.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Gives every entry of a written workbook (a zip) the same fixed time, so the same input gives the
 * same bytes: POI stamps entries with the clock.
 */
final class ZipTimes {
  /** The fixed entry time, in local (DOS) time so the time zone does not matter. */
  private static final LocalDateTime FIXED = LocalDateTime.of(2022, 1, 1, 0, 0);

  private ZipTimes() {}

  /** The same zip with every entry's time set to {@link #FIXED}, entries in the same order. */
  static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream result = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(result)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return result.toByteArray();
  }
}

package se.tertial.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package with one fixed time on every entry, so the same input gives the same bytes:
 * POI stamps the zip entries with the clock.
 */
final class StableZip {

  private StableZip() {}

  static byte[] rewrite(byte[] zip, Instant time) throws IOException {
    // The DOS time as such, with no time zone applied: the same bytes in every zone.
    LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      rewritten.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(stamp);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }
}

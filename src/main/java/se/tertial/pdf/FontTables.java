package se.tertial.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Small edits of TrueType font files before they are handed to the PDF renderer. */
final class FontTables {
  private FontTables() {}

  private static final int HEADER = 12;
  private static final int RECORD = 16;

  /**
   * The font without the table {@code tag} (e.g. {@code GSUB}); the font itself when it has none.
   * The other tables are copied unchanged (4-byte aligned), the table directory and the {@code
   * head} table's checksum adjustment are recomputed.
   *
   * @throws IllegalArgumentException when {@code ttf} is no TrueType font
   */
  // Long on purpose: one pass over the table directory that copies and re-points every table; the
  // offsets it computes are used by the lines after it.
  static byte[] withoutTable(byte[] ttf, String tag) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    if (ttf.length < HEADER) {
      throw new IllegalArgumentException("not a TrueType font");
    }
    int version = in.getInt(0);
    int count = Short.toUnsignedInt(in.getShort(4));
    if ((version != 0x00010000 && version != 0x74727565) || ttf.length < HEADER + count * RECORD) {
      throw new IllegalArgumentException("not a TrueType font");
    }
    int drop = -1;
    for (int i = 0; i < count; i++) {
      if (tagAt(in, HEADER + i * RECORD).equals(tag)) {
        drop = i;
      }
    }
    if (drop < 0) {
      return ttf;
    }
    int kept = count - 1;
    int size = HEADER + kept * RECORD;
    for (int i = 0; i < count; i++) {
      if (i != drop) {
        size += padded(in.getInt(HEADER + i * RECORD + 12));
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int power = Integer.highestOneBit(Math.max(1, kept));
    out.putInt(version)
        .putShort((short) kept)
        .putShort((short) (power * 16))
        .putShort((short) Integer.numberOfTrailingZeros(power))
        .putShort((short) (kept * 16 - power * 16));
    int data = HEADER + kept * RECORD;
    int headOffset = -1;
    int record = HEADER;
    for (int i = 0; i < count; i++) {
      if (i == drop) {
        continue;
      }
      int at = HEADER + i * RECORD;
      int offset = in.getInt(at + 8);
      int length = in.getInt(at + 12);
      if (offset < 0 || length < 0 || offset > ttf.length - length) {
        throw new IllegalArgumentException("damaged TrueType table directory");
      }
      out.put(record, ttf, at, 8).putInt(record + 8, data).putInt(record + 12, length);
      out.put(data, ttf, offset, length);
      if (tagAt(in, at).equals("head")) {
        headOffset = data;
      }
      record += RECORD;
      data += padded(length);
    }
    byte[] font = out.array();
    if (headOffset >= 0 && headOffset + 12 <= font.length) {
      out.putInt(headOffset + 8, 0);
      out.putInt(headOffset + 8, 0xB1B0AFBA - checksum(font));
    }
    return font;
  }

  private static String tagAt(ByteBuffer buffer, int at) {
    byte[] tag = new byte[4];
    buffer.get(at, tag);
    return new String(tag, StandardCharsets.ISO_8859_1);
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  private static int checksum(byte[] font) {
    ByteBuffer buffer = ByteBuffer.wrap(font);
    int sum = 0;
    for (int i = 0; i + 4 <= font.length; i += 4) {
      sum += buffer.getInt(i);
    }
    return sum;
  }
}

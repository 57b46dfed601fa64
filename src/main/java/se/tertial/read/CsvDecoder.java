package se.tertial.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a CSV file's bytes, the way a careful tool does: a BOM decides (UTF-8, UTF-16, UTF-32);
 * UTF-16 without BOM is recognised by its zero bytes; otherwise UTF-8 strictly — a file that is
 * UTF-8 but for a few bad bytes stays UTF-8 and each bad byte's line is reported, rather than the
 * whole file silently turning into mojibake. Only a file with no UTF-8 in it at all is taken for a
 * legacy 8-bit encoding, chosen by ICU's charset detector and named in a warning.
 */
final class CsvDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /** Bad-byte lines reported one by one; more are summed up in the last note. */
  static final int MAX_BAD_LINES = 5;

  /**
   * Something decoding found.
   *
   * @param code the message key ({@code csv.badBytes}, {@code csv.encodingAssumed})
   * @param line the 1-based line in the file (0 for the whole file)
   * @param arg the message argument
   */
  record Note(String code, int line, String arg) {}

  /** The text, the charset it was decoded with, and what was found on the way. */
  record Decoded(String text, Charset charset, List<Note> notes) {}

  private CsvDecoder() {}

  static Decoded decode(byte[] bytes) {
    int[] bom = {0};
    Charset bomCharset = byBom(bytes, bom);
    if (bomCharset != null) {
      return strict(bytes, bom[0], bomCharset);
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return strict(bytes, 0, utf16);
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.notes().isEmpty() || looksLikeUtf8(bytes)) {
      return utf8;
    }
    Charset legacy = detectLegacy(bytes);
    Decoded decoded = strict(bytes, 0, legacy);
    List<Note> notes = new ArrayList<>(decoded.notes());
    notes.add(0, new Note("csv.encodingAssumed", 0, legacy.name()));
    return new Decoded(decoded.text(), legacy, notes);
  }

  private static Charset byBom(byte[] b, int[] length) {
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      length[0] = 4;
      return UTF_32LE;
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      length[0] = 4;
      return UTF_32BE;
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      length[0] = 3;
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      length[0] = 2;
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      length[0] = 2;
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * UTF-16 without BOM: text in Latin script has a zero in every other byte. Judged on the first 4
   * 096 bytes: at least a third of one parity zero and almost none of the other.
   */
  static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 3 >= pairs && evenZeros * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 3 >= pairs && oddZeros * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether bytes that are not all valid UTF-8 still are UTF-8 with a few bad bytes: at least as
   * many valid multi-byte sequences (å, ä, ö, –) as invalid bytes.
   */
  static boolean looksLikeUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xFF;
      int length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
      if (c < 0x80) {
        i++;
        continue;
      }
      boolean ok = c >= 0xC2 && c <= 0xF4 && i + length <= b.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && valid >= invalid;
  }

  /**
   * The legacy 8-bit encoding ICU's detector finds likeliest; Latin-1 is read as Windows-1252, its
   * superset that Excel writes ("–", "€" and curly quotes live in 0x80–0x9F).
   */
  private static Charset detectLegacy(byte[] bytes) {
    try {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      for (CharsetMatch match : detector.detectAll()) {
        String name = match.getName();
        if (name.startsWith("UTF") || name.startsWith("IBM") || !Charset.isSupported(name)) {
          continue; // not a legacy 8-bit candidate here (the UTF cases were decided above)
        }
        Charset charset = Charset.forName(name);
        return charset.name().equals("ISO-8859-1") ? WINDOWS_1252 : charset;
      }
    } catch (RuntimeException e) {
      // fall through to the Swedish default
    }
    return WINDOWS_1252;
  }

  /**
   * Decodes strictly from {@code offset}: each malformed or unmappable sequence becomes U+FFFD and
   * a note naming its line (the first {@link #MAX_BAD_LINES} lines one by one, then a count).
   */
  static Decoded strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, bytes.length * 1L + 16));
    List<Note> notes = new ArrayList<>();
    int badLines = 0;
    int lastBadLine = 0;
    int line = 1;
    int counted = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        for (; counted < out.position(); counted++) {
          line += out.get(counted) == '\n' ? 1 : 0;
        }
        if (line != lastBadLine) {
          badLines++;
          lastBadLine = line;
          if (badLines <= MAX_BAD_LINES) {
            int bad = bytes[in.position()] & 0xFF;
            notes.add(new Note("csv.badBytes", line, String.format("0x%02X", bad)));
          }
        }
        in.position(in.position() + result.length());
        out.put('\ufffd');
        continue;
      }
      if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      break;
    }
    decoder.flush(out);
    if (badLines > MAX_BAD_LINES) {
      notes.add(new Note("csv.badBytesMore", 0, String.valueOf(badLines - MAX_BAD_LINES)));
    }
    out.flip();
    return new Decoded(out.toString(), charset, notes);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

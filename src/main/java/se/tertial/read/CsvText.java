package se.tertial.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
 * and Windows-1252 (what Swedish Excel writes as "CSV (semikolonavgränsad)") when the bytes are not
 * valid UTF-8. Also finds the separator.
 *
 * @param text the decoded text without BOM and without a {@code sep=} line
 * @param separator the field separator
 * @param firstRowLine how many lines were dropped before the header (1 for a {@code sep=} line)
 */
record CsvText(String text, char separator, int firstRowLine) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static CsvText decode(byte[] bytes) {
    String text = toText(bytes);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    int lineEnd = text.indexOf('\n');
    String first = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
    if (first.toLowerCase(java.util.Locale.ROOT).startsWith("sep=") && first.length() == 5) {
      String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
      return new CsvText(rest, first.charAt(4), 1);
    }
    return new CsvText(text, separatorOf(first), 0);
  }

  private static String toText(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** The most frequent of {@code ;}, {@code ,} and tab outside quotes in the header line. */
  private static char separatorOf(String header) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ';' -> semicolons++;
          case ',' -> commas++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return commas > semicolons ? ',' : ';';
  }
}

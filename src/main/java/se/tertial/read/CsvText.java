package se.tertial.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file's text: decoded ({@link CsvDecoder}), without BOM and {@code sep=} line, with its
 * separator found.
 *
 * @param text the decoded text without BOM and without a {@code sep=} line
 * @param separator the field separator
 * @param firstRowLine how many lines were dropped before the header (1 for a {@code sep=} line)
 * @param charset the encoding the text was decoded with
 * @param notes what decoding found: bad bytes by line, an encoding assumed from the content
 */
record CsvText(
    String text, char separator, int firstRowLine, Charset charset, List<CsvDecoder.Note> notes) {

  CsvText {
    notes = List.copyOf(notes);
  }

  static CsvText decode(byte[] bytes) {
    CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);
    String text = decoded.text();
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    int lineEnd = text.indexOf('\n');
    String first = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
    if (first.toLowerCase(Locale.ROOT).startsWith("sep=") && first.length() == 5) {
      String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
      return new CsvText(rest, first.charAt(4), 1, decoded.charset(), decoded.notes());
    }
    return new CsvText(text, separatorOf(headerLine(text)), 0, decoded.charset(), decoded.notes());
  }

  /**
   * The line the separator is judged by: the first line that has one of the separators, among the
   * lines a title may take above the header ("Styrmått 2024" alone on the first line says nothing).
   */
  private static String headerLine(String text) {
    String[] lines = text.split("\n", HeaderRow.MAX_TITLE_ROWS + 2);
    for (int i = 0; i < Math.min(lines.length, HeaderRow.MAX_TITLE_ROWS + 1); i++) {
      String line = lines[i];
      if (line.indexOf(';') >= 0 || line.indexOf(',') >= 0 || line.indexOf('\t') >= 0) {
        return line;
      }
    }
    return lines.length == 0 ? "" : lines[0];
  }

  /** Whether the text was read as UTF-8 (the default that needs no remark). */
  boolean utf8() {
    return charset.equals(StandardCharsets.UTF_8);
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

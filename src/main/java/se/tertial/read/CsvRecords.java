package se.tertial.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV file's text into a header and rows with FastCSV, and recovers from a stray quote: a
 * {@code "} that opens a field in one row but is closed (if ever) rows later would swallow
 * everything in between, and FastCSV then either fails on the whole file or silently ends in one
 * giant cell. Here the row where the quote opens is reported and left out, and the rest of the file
 * is read as if that line were empty — one finding, no flood of follow-on errors.
 */
final class CsvRecords {
  /** Stray-quote rows recovered from before the file is given up as not CSV. */
  static final int MAX_RECOVERIES = 20;

  /**
   * A row that could not be read.
   *
   * @param row the 1-based row (the spreadsheet's numbering: the header is row 1)
   * @param code the message key
   */
  record BadRow(int row, String code) {}

  /**
   * The file's records.
   *
   * @param header the header's fields as written, or null when the file has no record
   * @param rows the data rows, blank rows skipped
   * @param bad the rows left out, in order
   * @param tooManyRows whether the file has more rows with content than allowed (rows incomplete)
   */
  record Parsed(List<String> header, List<RawRow> rows, List<BadRow> bad, boolean tooManyRows) {}

  /** Where one parse stopped: the record's 0-based first line and 1-based row. */
  private record Stop(int line, int row, String code) {}

  private CsvRecords() {}

  static Parsed parse(String text, char separator) {
    List<BadRow> bad = new ArrayList<>();
    String current = text;
    for (int attempt = 0; ; attempt++) {
      List<RawRow> rows = new ArrayList<>();
      List<String> header = null;
      Stop stop = null;
      int row = 0;
      int nextLine = 0;
      try (CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .fieldSeparator(separator)
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .ofCsvRecord(current)) {
        for (CsvRecord record : reader) {
          row++;
          int line = nextLine;
          List<String> fields = record.getFields();
          nextLine = line + 1 + fields.stream().mapToInt(CsvRecords::newlines).sum();
          if (header == null) {
            header = fields.stream().map(String::strip).toList();
            continue;
          }
          if (strayQuote(fields, separator, header.size(), current, nextLine)) {
            stop = new Stop(line, row, "csv.unterminated");
            break;
          }
          RawRow raw =
              new RawRow(
                  row,
                  fields.stream().map(f -> RawCell.text(CellText.normaliseNewlines(f))).toList());
          if (!raw.isBlank()) {
            rows.add(raw);
          }
          if (rows.size() > Limits.MAX_ROWS) {
            return new Parsed(header, rows, bad, true);
          }
        }
      } catch (CsvParseException | UncheckedIOException | IOException e) {
        stop = new Stop(nextLine, row + 1, "csv.strayQuote");
      }
      if (stop == null) {
        return new Parsed(header, rows, bad, false);
      }
      bad.add(new BadRow(stop.row(), stop.code()));
      if (attempt >= MAX_RECOVERIES || stop.row() <= 1) {
        return new Parsed(null, List.of(), bad, false);
      }
      current = blankLine(current, stop.line());
    }
  }

  /**
   * Whether a record that spans lines is a stray quote's doing rather than a quoted line break: it
   * runs to the end of the file without a closing quote, has more fields than the header, or
   * swallowed a line that looks like a row of its own (as many separators as the header).
   */
  private static boolean strayQuote(
      List<String> fields, char separator, int columns, String text, int nextLine) {
    List<String> multiline = fields.stream().filter(f -> f.indexOf('\n') >= 0).toList();
    if (multiline.isEmpty()) {
      return false;
    }
    if (fields.size() > columns) {
      return true;
    }
    int rowLike = Math.max(2, columns - 1);
    for (String field : multiline) {
      for (String line : field.split("\n", -1)) {
        if (line.chars().filter(c -> c == separator).count() >= rowLike) {
          return true;
        }
      }
    }
    // FastCSV ends a quoted field left open at the end of the file silently: the last field then
    // runs to the end of the text, which does not end with the closing quote.
    String last = fields.get(fields.size() - 1);
    return last.indexOf('\n') >= 0
        && lineStart(text, nextLine) >= text.length()
        && !text.stripTrailing().endsWith("\"");
  }

  private static int newlines(String field) {
    int n = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /** The offset where the 0-based line starts, or the text's length when there is no such line. */
  private static int lineStart(String text, int line) {
    int at = 0;
    for (int l = 0; l < line; l++) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        return text.length();
      }
      at = end + 1;
    }
    return at;
  }

  /** The text with the 0-based line emptied (its line break kept, so later rows keep numbers). */
  private static String blankLine(String text, int line) {
    int start = lineStart(text, line);
    int end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length();
    } else if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(0, start) + text.substring(end);
  }
}

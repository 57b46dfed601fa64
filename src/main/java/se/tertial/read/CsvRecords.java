package se.tertial.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import se.tertial.model.UserText;

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
            header = fields.stream().map(UserText::trim).toList();
            continue;
          }
          String stray = strayQuote(fields, separator, current, line, nextLine);
          if (stray != null) {
            stop = new Stop(line, row, stray);
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
   * Whether a record that spans lines is a stray quote's doing rather than a quoted line break,
   * judged by RFC 4180 alone: a quoted field ends at a quote followed by the separator, the end of
   * the line or the end of the file, and {@code ""} inside it is one quote. A record whose quoted
   * fields all end that way is read as written, whatever its lines look like ("Se nedan.\nMål 1;
   * mål 2; mål 3" is one cell). Only a quote that is never closed, or whose closing quote is
   * followed by more text, makes the row a stray quote's. FastCSV is lenient about both, so the
   * record's own text is checked here.
   *
   * @return null when the record is well-formed, else the finding's code
   */
  private static String strayQuote(
      List<String> fields, char separator, String text, int line, int nextLine) {
    if (fields.stream().noneMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) {
      return null;
    }
    int start = lineStart(text, line);
    int end = Math.min(text.length(), lineStart(text, nextLine));
    return wellFormed(text.substring(start, end), separator);
  }

  /**
   * Scans one record's text (its line break at the end included, if any) strictly as RFC 4180 reads
   * it: null when it is one well-formed record, {@code csv.unterminated} when a quoted field is
   * never closed, {@code csv.strayQuote} when a closing quote is followed by more text or the
   * record ends before its text does.
   */
  static String wellFormed(String record, char separator) {
    int n = record.length();
    int i = 0;
    while (true) {
      if (i < n && record.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return "csv.unterminated";
          }
          if (record.charAt(i) == '"') {
            if (i + 1 < n && record.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        if (i < n && record.charAt(i) == separator) {
          i++;
          continue;
        }
        return atRecordEnd(record, i) ? null : "csv.strayQuote";
      }
      while (i < n
          && record.charAt(i) != separator
          && record.charAt(i) != '\n'
          && record.charAt(i) != '\r') {
        i++;
      }
      if (i < n && record.charAt(i) == separator) {
        i++;
        continue;
      }
      return atRecordEnd(record, i) ? null : "csv.strayQuote";
    }
  }

  /** Whether only a line break (or nothing) is left from {@code i}. */
  private static boolean atRecordEnd(String record, int i) {
    String rest = record.substring(i);
    return rest.isEmpty() || rest.equals("\n") || rest.equals("\r\n") || rest.equals("\r");
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

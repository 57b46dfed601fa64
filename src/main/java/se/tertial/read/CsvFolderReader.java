package se.tertial.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.tertial.model.SourceRef;

/**
 * Reads a folder of CSV files ({@code rapport.csv}, {@code styrmatt.csv}, …) into raw tables. Row
 * numbers are the rows a spreadsheet shows when it opens the file: the header is row 1, a record
 * with a quoted newline is one row, a {@code sep=} line is not counted.
 */
final class CsvFolderReader {
  Optional<RawInput> read(Path folder, Findings findings) {
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName() + "/";
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      findings.error("input.unreadable", SourceRef.file(name));
      return Optional.empty();
    }
    Map<TableKind, RawTable> tables = new EnumMap<>(TableKind.class);
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      Optional<TableKind> kind = TableKind.byFileName(fileName);
      if (kind.isEmpty()) {
        continue;
      }
      if (tables.containsKey(kind.get())) {
        findings.warning("file.duplicate", SourceRef.file(fileName), tables.get(kind.get()).file());
        continue;
      }
      table(kind.get(), file, findings).ifPresent(t -> tables.put(kind.get(), t));
    }
    if (tables.isEmpty()
        && files.stream()
            .noneMatch(f -> TableKind.byFileName(f.getFileName().toString()).isPresent())) {
      findings.error("input.noCsv", SourceRef.file(name));
      return Optional.empty();
    }
    return Optional.of(new RawInput(name, false, tables));
  }

  private Optional<RawTable> table(TableKind kind, Path file, Findings findings) {
    String fileName = file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > Limits.MAX_CSV_BYTES) {
        findings.error(
            "input.tooLarge", SourceRef.file(fileName), Limits.MAX_CSV_BYTES / (1024 * 1024));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      findings.error("input.unreadable", SourceRef.file(fileName));
      return Optional.empty();
    }
    if (bytes.length == 0) {
      findings.error("input.empty", SourceRef.file(fileName));
      return Optional.empty();
    }
    CsvText csv = CsvText.decode(bytes);
    List<String> header = null;
    List<RawRow> rows = new ArrayList<>();
    int row = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(csv.separator())
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(csv.text())) {
      for (CsvRecord record : reader) {
        row++;
        List<String> fields = record.getFields();
        if (header == null) {
          header = fields.stream().map(String::strip).toList();
          continue;
        }
        RawRow raw = new RawRow(row, fields.stream().map(CsvFolderReader::cell).toList());
        if (!raw.isBlank()) {
          rows.add(raw);
        }
        if (rows.size() > Limits.MAX_ROWS) {
          findings.error("table.tooManyRows", SourceRef.file(fileName), Limits.MAX_ROWS);
          return Optional.empty();
        }
      }
    } catch (CsvParseException | java.io.UncheckedIOException | IOException e) {
      findings.error("csv.invalid", new SourceRef(fileName, null, row + 1, null));
      return Optional.empty();
    }
    if (!rows.isEmpty() && unterminatedQuote(csv.text(), rows.get(rows.size() - 1))) {
      findings.error(
          "csv.unterminated", new SourceRef(fileName, null, rows.get(rows.size() - 1).row(), null));
      return Optional.empty();
    }
    if (header == null || header.stream().allMatch(String::isBlank)) {
      findings.error("input.empty", SourceRef.file(fileName));
      return Optional.empty();
    }
    return Optional.of(new RawTable(kind, fileName, null, 1, header, rows));
  }

  /**
   * FastCSV ends a quoted field left open at the end of the file silently; the rest of the file
   * would then vanish into one cell. A last field with a line break in a file that does not end
   * with a quote is that case.
   */
  private static boolean unterminatedQuote(String text, RawRow last) {
    String lastField =
        last.cells().isEmpty() ? "" : last.cells().get(last.cells().size() - 1).text();
    return lastField.contains("\n") && !text.stripTrailing().endsWith("\"");
  }

  private static RawCell cell(String field) {
    return RawCell.text(CellText.normaliseNewlines(field));
  }
}

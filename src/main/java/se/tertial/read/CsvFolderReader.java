package se.tertial.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import se.tertial.model.SourceRef;
import se.tertial.model.UserText;

/**
 * Reads a folder of CSV files ({@code rapport.csv}, {@code styrmatt.csv}, …) into raw tables. Row
 * numbers are the rows a spreadsheet shows when it opens the file: the header is row 1, a record
 * with a quoted newline is one row, a {@code sep=} line is not counted.
 */
final class CsvFolderReader {
  Optional<RawInput> read(Path folder, Findings findings, List<Table> known) {
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName() + "/";
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      // Special files (a FIFO named utfall.csv) stay in the list, to be refused by name below.
      files =
          list.filter(f -> Files.isRegularFile(f) || SpecialFiles.messageKey(f).isPresent())
              .sorted()
              .toList();
    } catch (IOException e) {
      findings.error("input.unreadable", SourceRef.file(name));
      return Optional.empty();
    }
    Map<Table, RawTable> tables = new TreeMap<>(Table.inOrderOf(known));
    Function<String, Optional<Table>> tableOf = tableOfFile(known, files);
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      Optional<Table> kind = tableOf.apply(fileName);
      if (kind.isEmpty()) {
        continue;
      }
      if (InputSiblings.linksOutOfItsFolder(file)) {
        findings.error("input.symlinkOutside", SourceRef.file(fileName));
        continue;
      }
      Optional<String> special = SpecialFiles.messageKey(file);
      if (special.isPresent()) {
        findings.error(special.get(), SourceRef.file(fileName));
        continue;
      }
      if (tables.containsKey(kind.get())) {
        findings.warning("file.duplicate", SourceRef.file(fileName), tables.get(kind.get()).file());
        continue;
      }
      table(kind.get(), file, findings).ifPresent(t -> tables.put(kind.get(), t));
    }
    if (tables.isEmpty()
        && files.stream().noneMatch(f -> tableOf.apply(f.getFileName().toString()).isPresent())) {
      findings.error("input.noCsv", SourceRef.file(name));
      return Optional.empty();
    }
    List<String> found = files.stream().map(f -> f.getFileName().toString()).toList();
    return Optional.of(new RawInput(name, false, tables, found));
  }

  /**
   * Which table a file is: by its name ({@code utfall.csv}); in a folder where no file has such a
   * name, by the names LibreOffice gives the sheets of a workbook saved as CSV ({@code
   * enhet-Utfall.csv}, {@code enhet-Åtgärdsstatus.csv}): the part after the last hyphen, when every
   * such file has the same part before it, so no file is taken for a table by a guess.
   */
  private static Function<String, Optional<Table>> tableOfFile(
      List<Table> known, List<Path> files) {
    Function<String, Optional<Table>> byName = fileName -> Table.byFileName(known, fileName);
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    if (names.stream().anyMatch(n -> byName.apply(n).isPresent())) {
      return byName;
    }
    Set<String> prefixes = new HashSet<>();
    for (String n : names) {
      int hyphen = n.lastIndexOf('-');
      if (hyphen > 0 && byName.apply(n.substring(hyphen + 1)).isPresent()) {
        prefixes.add(n.substring(0, hyphen + 1));
      }
    }
    if (prefixes.size() != 1) {
      return byName;
    }
    String prefix = prefixes.iterator().next();
    return fileName ->
        fileName.startsWith(prefix) && fileName.indexOf('-', prefix.length()) < 0
            ? byName.apply(fileName.substring(prefix.length()))
            : Optional.empty();
  }

  private Optional<RawTable> table(Table kind, Path file, Findings findings) {
    String fileName = file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > Limits.MAX_CSV_BYTES) {
        findings.error(
            "input.tooLarge", SourceRef.file(fileName), Limits.MAX_CSV_BYTES / (1024 * 1024));
        return Optional.empty();
      }
      Optional<String> notText = InputSniffer.notText(file);
      if (notText.isPresent()) {
        // A workbook saved under a CSV file's name would decode as Windows-1252 garbage.
        findings.error(
            "csv.notText", SourceRef.file(fileName), ReadMessages.get(notText.get()), fileName);
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
    for (CsvDecoder.Note note : csv.notes()) {
      int row = note.line() == 0 ? 0 : Math.max(1, note.line() - csv.firstRowLine());
      SourceRef where = new SourceRef(fileName, null, row, null);
      if (note.code().equals("csv.encodingAssumed")) {
        findings.warning(note.code(), where, note.arg());
      } else {
        findings.error(note.code(), where, note.arg(), csv.charset().name());
      }
    }
    CsvRecords.Parsed parsed = CsvRecords.parse(csv.text(), csv.separator());
    if (parsed.header() == null && !parsed.bad().isEmpty()) {
      findings.error("csv.invalid", SourceRef.file(fileName));
      return Optional.empty();
    }
    for (CsvRecords.BadRow bad : parsed.bad()) {
      findings.error(bad.code(), new SourceRef(fileName, null, bad.row(), null));
    }
    if (parsed.tooManyRows()) {
      findings.error("table.tooManyRows", SourceRef.file(fileName), Limits.MAX_ROWS);
      return Optional.empty();
    }
    List<String> header = parsed.header();
    List<RawRow> rows = parsed.rows();
    if (header == null) {
      findings.error("input.empty", SourceRef.file(fileName));
      return Optional.empty();
    }
    // Title rows above the header ("Styrmått 2024;;;", a blank line): the header is the row with
    // the table's contract columns, as in a workbook.
    List<List<String>> candidates = new ArrayList<>();
    candidates.add(header);
    rows.stream()
        .limit(HeaderRow.MAX_TITLE_ROWS)
        .forEach(
            r -> candidates.add(r.cells().stream().map(c -> UserText.trim(c.text())).toList()));
    int index = HeaderRow.find(kind, candidates);
    if (index < 0) {
      findings.error("input.empty", SourceRef.file(fileName));
      return Optional.empty();
    }
    int headerRow = index == 0 ? 1 : rows.get(index - 1).row();
    if (index > 0) {
      header = candidates.get(index);
      rows = rows.subList(index, rows.size());
    }
    return Optional.of(new RawTable(kind, fileName, null, headerRow, header, rows));
  }
}

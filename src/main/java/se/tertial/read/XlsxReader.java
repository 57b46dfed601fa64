package se.tertial.read;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.tertial.model.SourceRef;

/**
 * Reads the sheets of an {@code .xlsx}/{@code .xlsm} workbook into raw tables. Hidden sheets and
 * hidden rows are read like visible ones: hiding is a display choice, and silently dropping data an
 * analyst entered would be worse than showing it.
 */
final class XlsxReader {
  /** Stricter than POI's default of 0.01, looser where real styles.xml files trip it. */
  static final double MIN_INFLATE_RATIO = 0.005;

  static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
  static final long MAX_TEXT_SIZE = 50L * 1024 * 1024;

  static {
    // Global POI settings, set explicitly so a zip bomb stops at a known limit.
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
  }

  private final XlsxCells cells = new XlsxCells();

  Optional<RawInput> read(File file, Findings findings) {
    String name = file.getName();
    try {
      Optional<String> oversized = SheetRowGuard.firstOversizedSheet(file, Limits.MAX_ROWS);
      if (oversized.isPresent()) {
        findings.error(
            "table.tooManyRows", SourceRef.sheet(name, oversized.get()), Limits.MAX_ROWS);
        return Optional.empty();
      }
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
      findings.error(isZipBomb(e) ? "input.zipBomb" : "input.corrupt", SourceRef.file(name));
      return Optional.empty();
    }
    try (Workbook workbook = WorkbookFactory.create(file, null, true)) {
      return Optional.of(new RawInput(name, true, tables(workbook, name, findings)));
    } catch (IOException | RuntimeException e) {
      findings.error(isZipBomb(e) ? "input.zipBomb" : "input.corrupt", SourceRef.file(name));
      return Optional.empty();
    }
  }

  private Map<TableKind, RawTable> tables(Workbook workbook, String file, Findings findings) {
    Map<TableKind, RawTable> tables = new EnumMap<>(TableKind.class);
    for (Sheet sheet : workbook) {
      Optional<TableKind> kind = TableKind.bySheetName(sheet.getSheetName());
      if (kind.isEmpty()) {
        continue; // helper sheets (lists, notes) are the analyst's own business
      }
      if (tables.containsKey(kind.get())) {
        findings.warning(
            "sheet.duplicate",
            SourceRef.sheet(file, sheet.getSheetName()),
            tables.get(kind.get()).sheet());
        continue;
      }
      tables.put(kind.get(), table(kind.get(), sheet, file));
    }
    return tables;
  }

  private RawTable table(TableKind kind, Sheet sheet, String file) {
    int headerIndex = -1;
    List<String> header = List.of();
    List<RawRow> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      if (headerIndex < 0) {
        header = headerOf(row);
        if (header.stream().anyMatch(h -> !h.isBlank())) {
          headerIndex = r;
        }
        continue;
      }
      List<RawCell> values = new ArrayList<>(header.size());
      for (int c = 0; c < header.size(); c++) {
        values.add(cells.read(row.getCell(c)));
      }
      RawRow raw = new RawRow(r + 1, values);
      if (!raw.isBlank()) { // LibreOffice's styled phantom rows and spacer rows
        rows.add(raw);
      }
    }
    return new RawTable(
        kind,
        file,
        sheet.getSheetName(),
        headerIndex + 1,
        headerIndex < 0 ? List.of() : header,
        rows);
  }

  private List<String> headerOf(Row row) {
    List<String> header = new ArrayList<>();
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      header.add(cells.read(row.getCell(c)).text().strip());
    }
    return header;
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("Zip bomb") || message.contains("exceeds the max"))) {
        return true;
      }
    }
    return false;
  }
}

package se.tertial.write;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.kind.ReportKinds;
import se.tertial.kind.plan.PlanKind;
import se.tertial.model.InvalidValueException;
import se.tertial.model.SwedishNumbers;
import se.tertial.read.Table;

/**
 * Writes a sample's CSV folder as a workbook table by table, cell by cell: one sheet per CSV file
 * of the input contract, named as the contract names it, in the contract's order. Used for the
 * samples of the report kinds other than the delårsbilaga, so the workbook holds exactly what the
 * CSV holds, including what the model-based {@link WorkbookWriter} leaves out (a plan's
 * Ingångsvärde column and its Riskbedömning sheet). Amounts (a budget's amount columns, an
 * outcome's numbers, a risk's grades) become numeric cells with the decimals written; everything
 * else stays text.
 */
final class CsvSampleWorkbook {
  /** Columns that hold amounts in the tables that have them; Budget's extra columns too. */
  private static final Map<Table, Set<String>> AMOUNTS =
      Map.of(
          Table.OUTCOMES, Set.of("Kvinnor", "Män", "Totalt"),
          PlanKind.RISKS, Set.of("Sannolikhet", "Konsekvensgrad", "Riskvärde"));

  private static final Set<String> BUDGET_TEXT = Set.of("Tabell", "Rad", "Enhet", "Summarad");

  private CsvSampleWorkbook() {}

  static void write(Path csvFolder, Path workbook) throws IOException {
    List<Table> tables = ReportKinds.BUILT_IN.tables();
    Map<Table, Path> files = new TreeMap<>(Comparator.comparingInt(tables::indexOf));
    try (Stream<Path> list = Files.list(csvFolder)) {
      for (Path file : list.sorted().toList()) {
        Optional<Table> kind = Table.byFileName(tables, file.getFileName().toString());
        kind.ifPresent(k -> files.putIfAbsent(k, file));
      }
    }
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(book);
      for (var entry : files.entrySet()) {
        sheet(book, styles, entry.getKey(), entry.getValue());
      }
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
  }

  private static void sheet(XSSFWorkbook book, WorkbookStyles styles, Table kind, Path file)
      throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(';')
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(Files.readString(file, StandardCharsets.UTF_8))) {
      for (CsvRecord record : reader) {
        records.add(record.getFields());
      }
    }
    List<String> header = records.get(0);
    List<Integer> widths =
        header.stream().map(h -> Math.max(10, Math.min(50, h.length() + 4))).toList();
    SheetBuilder sheet =
        new SheetBuilder(book.createSheet(kind.sheetName()), styles, header, widths);
    for (List<String> fields : records.subList(1, records.size())) {
      sheet.row();
      for (int c = 0; c < header.size(); c++) {
        String value = c < fields.size() ? fields.get(c) : "";
        if (isAmount(kind, header.get(c)) && !value.isBlank()) {
          sheet.number(amount(value), false);
        } else {
          sheet.text(value, value.length() > 60);
        }
      }
    }
  }

  private static boolean isAmount(Table kind, String column) {
    if (kind.equals(PlanKind.BUDGET)) {
      return !BUDGET_TEXT.contains(column);
    }
    return AMOUNTS.getOrDefault(kind, Set.of()).contains(column);
  }

  private static BigDecimal amount(String text) {
    try {
      return SwedishNumbers.parse(text).value();
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("inget tal: " + text, e);
    }
  }
}

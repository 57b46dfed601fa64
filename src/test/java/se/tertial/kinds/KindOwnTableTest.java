package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Finding;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.RawTable;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.read.Table;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * A kind declares its own tables in its module ({@code ownTables()}), and reading finds them from
 * the registry it is given: a sheet or CSV file of a kind defined only in test code is read (by its
 * name or an alias, in a workbook and in a folder), and reported missing by its name, with no
 * change to {@code read}.
 */
class KindOwnTableTest {
  static final Table POINTS = new Table("Mätpunkter", "Mätpunkt");

  @TempDir Path dir;

  /** Mätningar: Rapport and a sheet of its own. */
  static final class MeasuringKind implements ReportKindModule {
    final AtomicReference<RawTable> seen = new AtomicReference<>();

    @Override
    public String name() {
      return "matningar";
    }

    @Override
    public Set<Table> required() {
      return Set.of(Table.REPORT, POINTS);
    }

    @Override
    public List<Table> ownTables() {
      return List.of(POINTS);
    }

    @Override
    public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
      input.table(POINTS).ifPresent(seen::set);
      return Optional.of(KindData.NONE);
    }

    @Override
    public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
      throw new UnsupportedOperationException("only read here");
    }
  }

  private static final String REPORT = "Fält;Värde\nPeriod;2024-T2\nRapporttyp;Mätningar\n";

  @Test
  void aKindsOwnCsvFileIsReadFromItsModulesDeclaration() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(folder.resolve("rapport.csv"), REPORT);
    Files.writeString(folder.resolve("matpunkter.csv"), "Punkt;Värde\nA;1\nB;2\n");
    MeasuringKind kind = new MeasuringKind();

    ReadResult result = read(folder, kind);

    assertThat(result.findings()).isEmpty();
    assertThat(kind.seen.get().rows()).hasSize(2);
    assertThat(kind.seen.get().header()).containsExactly("Punkt", "Värde");
  }

  @Test
  void aKindsOwnSheetIsFoundByAnAlias() throws Exception {
    Path workbook = dir.resolve("matningar.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book.createSheet("Rapport"), REPORT);
      fill(book.createSheet("mätpunkt"), "Punkt;Värde\nA;1\n");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    MeasuringKind kind = new MeasuringKind();

    ReadResult result = read(workbook, kind);

    assertThat(result.findings()).isEmpty();
    assertThat(kind.seen.get().sheet()).isEqualTo("mätpunkt");
    assertThat(kind.seen.get().rows()).hasSize(1);
  }

  @Test
  void aKindsOwnTableThatIsMissingIsReportedByItsName() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(folder.resolve("rapport.csv"), REPORT);

    ReadResult result = read(folder, new MeasuringKind());

    assertThat(result.findings())
        .extracting(Finding::line)
        .containsExactly("fel: csv/: filen matpunkter.csv saknas (hittade: rapport.csv)");
  }

  @Test
  void theRegistryListsAKindsTablesAfterTheSharedOnesOnlyWhenTheKindIsIn() {
    assertThat(ReportKinds.BUILT_IN.tables()).startsWith(Table.SHARED.toArray(Table[]::new));
    assertThat(ReportKinds.BUILT_IN.tables()).doesNotContain(POINTS);
    assertThat(ReportKinds.BUILT_IN.with(new MeasuringKind()).tables()).endsWith(POINTS);
  }

  private static ReadResult read(Path input, MeasuringKind kind) {
    return ReportReader.read(input, null, null, ReportKinds.BUILT_IN.with(kind));
  }

  private static void fill(XSSFSheet sheet, String csv) {
    String[] lines = csv.split("\n");
    for (int r = 0; r < lines.length; r++) {
      String[] cells = lines[r].split(";");
      var row = sheet.createRow(r);
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }
}

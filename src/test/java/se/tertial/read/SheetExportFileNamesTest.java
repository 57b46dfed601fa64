package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.testing.ReadInput;

/**
 * A workbook saved as CSV by LibreOffice gives one file per sheet named {@code <bok>-<Blad>.csv}: a
 * folder of such files, all with the same book name, is read as the sheets they name; files with
 * different book names are not taken for tables by a guess.
 */
class SheetExportFileNamesTest {
  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/csv");
  private static final Map<String, String> SHEETS =
      Map.of(
          "rapport.csv", "Rapport",
          "styrmatt.csv", "Styrmått",
          "utfall.csv", "Utfall",
          "atgarder.csv", "Åtgärder",
          "atgardsstatus.csv", "Åtgärdsstatus",
          "texter.csv", "Texter");

  @TempDir Path dir;

  @Test
  void filesNamedAsLibreOfficeSavesEachSheetAreReadAsThoseSheets() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("enhet"));
    for (var sheet : SHEETS.entrySet()) {
      Files.copy(
          SAMPLE.resolve(sheet.getKey()),
          folder.resolve("lansjukvard2-2022-" + sheet.getValue() + ".csv"));
    }

    ReadResult exported = ReadInput.read(folder);
    ReadResult original = ReadInput.read(SAMPLE);

    assertThat(exported.hasErrors()).as("%s", exported.findings()).isFalse();
    assertThat(exported.report().orElseThrow().measures())
        .extracting(Measure::id, Measure::name, Measure::target)
        .isEqualTo(
            original.report().orElseThrow().measures().stream()
                .map(m -> tuple(m.id(), m.name(), m.target()))
                .toList());
    assertThat(exported.report().orElseThrow().outcomes())
        .hasSameSizeAs(original.report().orElseThrow().outcomes());
    assertThat(exported.findings())
        .extracting(Finding::line)
        .anyMatch(l -> l.startsWith("varning: lansjukvard2-2022-Styrmått.csv rad 2"));
  }

  @Test
  void filesWithDifferentBookNamesAreNotTakenForSheets() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("blandat"));
    Files.copy(SAMPLE.resolve("rapport.csv"), folder.resolve("enhet-Rapport.csv"));
    Files.copy(SAMPLE.resolve("styrmatt.csv"), folder.resolve("annan-Styrmått.csv"));

    ReadResult read = ReadInput.read(folder);

    assertThat(read.findings())
        .extracting(Finding::line)
        .containsExactly(
            "fel: blandat/: mappen innehåller inga CSV-filer (rapport.csv, styrmatt.csv,"
                + " utfall.csv …); ange en arbetsbok (.xlsx) eller mappen med CSV-filerna");
  }
}

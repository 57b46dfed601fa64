package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.tertial.read.Fixture.Format;
import se.tertial.testing.ReadInput;

/**
 * What {@code tertial init --from} leaves for the analyst to fill in reads as "not reported yet":
 * outcome rows with only ID and Period and status rows with an empty Status are warnings, never
 * errors, and the {@code Instruktioner} sheet is ignored without a finding.
 */
class UnfilledRowsTest {
  @TempDir Path dir;

  private static List<String> texts(ReadResult result) {
    return result.findings().stream().map(f -> f.severity().label() + ": " + f).toList();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsWithOnlyKeyAndPeriodAreMissingOutcomesAndStatuses(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                M01;2021-T1;41;40;;;;
                M01;2022-T1;;;;;;
                M02;2022-T1;;;;;;
                """)
            .with(
                "atgardsstatus",
                """
                Nr;Period;Status;Kommentar
                1;2021-T1;Pågår enligt plan;
                1;2022-T1;;
                2;2022-T1;;
                """);

    ReadResult result = ReadInput.read(fixture.write(format, dir));

    assertThat(texts(result))
        .containsExactly(
            "varning: "
                + format.describe("styrmatt", 2, "ID")
                + ": styrmåttet M01 saknar utfall för 2022-T1",
            "varning: "
                + format.describe("styrmatt", 3, "ID")
                + ": styrmåttet M02 saknar utfall för 2022-T1",
            "varning: "
                + format.describe("atgarder", 2, "Nr")
                + ": åtgärd 1 saknar status för 2022-T1",
            "varning: "
                + format.describe("atgarder", 3, "Nr")
                + ": åtgärd 2 saknar status för 2022-T1");
    // The earlier period is still there for trends.
    assertThat(result.report().orElseThrow().outcomesOf("M01")).hasSize(2);
  }

  @Test
  void instructionsSheetIsIgnoredWithoutAFinding() throws IOException {
    Path file = new Fixture().write(Format.XLSX, dir);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      var sheet = workbook.createSheet("Instruktioner");
      var header = sheet.createRow(0);
      List.of("Blad", "Kolumn", "Förklaring", "Exempel")
          .forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
      sheet.createRow(1).createCell(0).setCellValue("Utfall");
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }

    assertThat(ReadInput.read(file).findings()).isEmpty();
  }
}

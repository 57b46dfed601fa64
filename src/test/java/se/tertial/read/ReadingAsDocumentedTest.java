package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Finding;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Section;
import se.tertial.testing.ReadInput;

/**
 * The reading the docs promise, beyond the corpus's exit codes: the values read, not only that
 * nothing was reported.
 */
class ReadingAsDocumentedTest {
  @TempDir Path dir;

  @Test
  void aProperlyQuotedMultiLineCellIsOneCellWhateverItsLinesHold() throws Exception {
    Path csv = dir.resolve("csv");
    CorpusInputs.forCase("csv-quoted-multiline-cell-like-rows").write(csv);

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings()).isEmpty();
    assertThat(result.report().orElseThrow().sections())
        .extracting(Section::text)
        .containsExactly("Se nedan.\nMål 1; mål 2; mål 3", "Två rader;\n\"citerat\"; och mer");
  }

  @Test
  void invisibleSpacesAroundIdsAndPeriodsAreTrimmedLikeAsciiSpaces() throws Exception {
    Path csv = dir.resolve("csv");
    CorpusInputs.forCase("csv-no-break-space-around-id").write(csv);

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings()).isEmpty();
    assertThat(result.report().orElseThrow().outcomes())
        .extracting(Outcome::measureId, Outcome::period)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("M01", Period.parse("2022-T1")),
            org.assertj.core.groups.Tuple.tuple("M02", Period.parse("2022-T1")));
  }

  @Test
  void rowsBelowTitleRowsKeepTheirOwnRowNumbers() throws Exception {
    Path csv = dir.resolve("csv");
    new Fixture()
        .with(
            "utfall",
            """
            Utfall 2022;;;;;;;

            ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
            M01;2022-T1;4l;40;;;;
            M02;2022-T1;;;-17,7;;;
            """)
        .writeCsv(csv);

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings())
        .extracting(Finding::line)
        .containsExactly("fel: utfall.csv rad 4, kolumn Kvinnor: \"4l\" är inget tal");
  }

  @Test
  void anOldExcelFileUnderACsvNameIsNamedAsSuch() throws Exception {
    Path csv = new Fixture().writeCsv(dir.resolve("csv"));
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(csv.resolve("styrmatt.csv"))) {
      workbook.createSheet("Styrmått").createRow(0).createCell(0).setCellValue("ID");
      workbook.write(out);
    }

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings())
        .extracting(Finding::line)
        .containsExactly(
            "fel: styrmatt.csv: filen heter styrmatt.csv men är en gammal Excel-fil (.xls), ingen"
                + " CSV-text; spara bladet som CSV UTF-8 under det namnet, eller ange arbetsboken i"
                + " stället för mappen");
  }

  @Test
  void aPeriodTypedInDecomposedUnicodeIsThePeriod() throws IOException {
    Path csv = new Fixture().writeCsv(dir.resolve("csv"));
    String decomposed = "2022-A\u030aR"; // "2022-ÅR" as macOS may hand it over

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        TertialCommand.execute(
            new String[] {"check", csv.toString(), "--period", decomposed},
            new PrintWriter(out),
            new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("saknar utfall för 2022-ÅR");
  }

  @Test
  void deeplyNestedEmphasisIsAnErrorNamingTheCell() throws Exception {
    Path csv = dir.resolve("csv");
    CorpusInputs.forCase("csv-deeply-nested-emphasis").write(csv);

    ReadResult result = ReadInput.read(csv);

    assertThat(result.findings())
        .extracting(Finding::line)
        .containsExactly(
            "fel: texter.csv rad 2, kolumn Text: texten har betoning eller länkar (*, _, ~, [ ])"
                + " nästlade i upp till 6001 nivåer; högst 100 tillåts, minska nästlingen (texten"
                + " visas annars utan formatering)");
  }
}

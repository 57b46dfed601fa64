package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.testing.ReadInput;

/**
 * Merged cells are read as Excel shows them in the grouping columns (a perspective written once and
 * merged down over its measures belongs to every one of them), in a workbook merged by POI and in
 * the same workbook saved by LibreOffice Calc; elsewhere a covered cell stays blank.
 */
class MergedCellsTest {
  static final Path LIBREOFFICE =
      Path.of("src/test/resources/bad-input/xlsx-merged-grouping-libreoffice/enhet.xlsx");

  /** {@link CorpusLayoutCases#mergedOutcomeKeys} saved by LibreOffice Calc. */
  static final Path OUTCOME_KEYS_LO =
      Path.of("src/test/resources/bad-input/xlsx-merged-outcome-keys-libreoffice/enhet.xlsx");

  @TempDir Path dir;

  private static List<String> perspectives(ReadResult result) {
    return result.report().orElseThrow().measures().stream().map(Measure::perspective).toList();
  }

  private static List<String> goals(ReadResult result) {
    return result.report().orElseThrow().measures().stream().map(Measure::strategicGoal).toList();
  }

  @Test
  void perspectiveAndGoalMergedDownByPoiBelongToEveryRowTheyCover() throws IOException {
    Path workbook = dir.resolve("poi.xlsx");
    CorpusLayoutCases.mergedGroupingColumns(workbook);

    ReadResult result = ReadInput.read(workbook);

    assertThat(result.findings()).isEmpty();
    assertThat(perspectives(result))
        .containsExactly("Medborgare", "Medborgare", "Ekonomi", "Ekonomi");
    assertThat(goals(result))
        .containsExactly("God vård", "God vård", "Budget i balans", "Budget i balans");
  }

  @Test
  void theSameWorkbookSavedByLibreOfficeReadsTheSame() {
    ReadResult result = ReadInput.read(LIBREOFFICE);

    assertThat(result.findings()).isEmpty();
    assertThat(perspectives(result))
        .containsExactly("Medborgare", "Medborgare", "Ekonomi", "Ekonomi");
    assertThat(goals(result))
        .containsExactly("God vård", "God vård", "Budget i balans", "Budget i balans");
  }

  @Test
  void aMergedIdIsNotFilledIn() throws IOException {
    Path workbook = dir.resolve("id.xlsx");
    CorpusLayoutCases.edit(
        CorpusLayoutCases.groupedMeasures(),
        workbook,
        wb -> {
          Sheet measures = wb.getSheet("Styrmått");
          measures.getRow(2).createCell(1).setCellValue("Medborgare");
          measures.getRow(4).createCell(1).setCellValue("Ekonomi");
          // ID is no grouping column: M01 merged over M02's row leaves row 3 without an ID.
          measures.getRow(2).getCell(0).setBlank();
          measures.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });

    ReadResult result = ReadInput.read(workbook);

    assertThat(result.findings())
        .extracting(Finding::line)
        .contains(
            "fel: id.xlsx, blad Styrmått, rad 3, kolumn ID: ID saknas: cellen ligger i den"
                + " sammanfogade cellen \"M01\" ovanför, men ID fylls aldrig i från en sammanfogad"
                + " cell (raden kunde hamna på fel styrmått eller åtgärd); dela upp den sammanfogade"
                + " cellen och skriv ID på varje rad");
  }

  @Test
  void aTitleMergedAcrossTheTopIsNotAPerspective() throws IOException {
    Path workbook = dir.resolve("title.xlsx");
    CorpusLayoutCases.edit(
        CorpusLayoutCases.groupedMeasures(),
        workbook,
        wb -> {
          Sheet measures = wb.getSheet("Styrmått");
          measures.shiftRows(0, measures.getLastRowNum(), 2);
          measures.createRow(0).createCell(0).setCellValue("Styrmått 2022 – Division Test");
          measures.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        });

    ReadResult result = ReadInput.read(workbook);

    assertThat(result.findings())
        .extracting(Finding::line)
        .containsExactly(
            "fel: title.xlsx, blad Styrmått, rad 5, kolumn Perspektiv: Perspektiv saknas för"
                + " styrmått M02; skriv perspektivet på raden (eller sammanfoga cellen med"
                + " perspektivet ovanför, så gäller det alla rader den täcker)",
            "fel: title.xlsx, blad Styrmått, rad 7, kolumn Perspektiv: Perspektiv saknas för"
                + " styrmått M04; skriv perspektivet på raden (eller sammanfoga cellen med"
                + " perspektivet ovanför, så gäller det alla rader den täcker)");
  }

  @Test
  void aCoveredCellsHiddenContentGivesWayToTheMergedValueAsInExcel() throws IOException {
    Path workbook = dir.resolve("hidden.xlsx");
    CorpusLayoutCases.edit(
        CorpusLayoutCases.groupedMeasures(),
        workbook,
        wb -> {
          Sheet measures = wb.getSheet("Styrmått");
          // Merged over in LibreOffice with "keep contents of hidden cells": Excel shows
          // Medborgare.
          measures.getRow(2).createCell(1).setCellValue("Gammalt perspektiv");
          measures.getRow(4).createCell(1).setCellValue("Ekonomi");
          measures.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
          // The goals merged as usual, so only the perspective's hidden content is in question.
          measures.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
          measures.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
        });

    ReadResult result = ReadInput.read(workbook);

    assertThat(result.findings()).isEmpty();
    assertThat(perspectives(result))
        .containsExactly("Medborgare", "Medborgare", "Ekonomi", "Ekonomi");
  }

  @Test
  void anIdNrOrPeriodMergedDownIsNeverFilledInAndTheErrorSaysItIsMergedWithWhat()
      throws IOException {
    Path workbook = dir.resolve("enhet.xlsx");
    CorpusLayoutCases.mergedOutcomeKeys(workbook);

    for (ReadResult result : List.of(ReadInput.read(workbook), ReadInput.read(OUTCOME_KEYS_LO))) {
      assertThat(result.findings())
          .extracting(Finding::line)
          .contains(
              "fel: enhet.xlsx, blad Utfall, rad 3, kolumn ID: ID saknas: cellen ligger i den"
                  + " sammanfogade cellen \"M01\" ovanför, men ID fylls aldrig i från en"
                  + " sammanfogad cell (raden kunde hamna på fel styrmått eller åtgärd); dela upp"
                  + " den sammanfogade cellen och skriv ID på varje rad",
              "fel: enhet.xlsx, blad Utfall, rad 7, kolumn Period: perioden saknas: cellen ligger i"
                  + " den sammanfogade cellen \"2022-T1\" ovanför, men en period fylls aldrig i"
                  + " från en sammanfogad cell; dela upp den sammanfogade cellen och skriv perioden"
                  + " på varje rad",
              "fel: enhet.xlsx, blad Åtgärdsstatus, rad 5, kolumn Nr: Nr saknas: cellen ligger i"
                  + " den sammanfogade cellen \"2\" ovanför, men Nr fylls aldrig i från en"
                  + " sammanfogad cell (raden kunde hamna på fel styrmått eller åtgärd); dela upp"
                  + " den sammanfogade cellen och skriv Nr på varje rad");
      // No row took another's key: M01 keeps only its own (top) row.
      assertThat(result.report().orElseThrow().outcomesOf("M01"))
          .extracting(o -> o.period().code())
          .containsExactly("2021-T1");
    }
  }
}

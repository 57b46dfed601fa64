package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.rowOf;
import static se.tertial.journey.NamndWorkbook.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row refused for its key — an ID in another letter case ("m05" for M05), an ID or Nr merged from
 * the row above — is one error; the measure or action it was meant for gets no second, derived
 * "saknar utfall"/"saknar status" warning. {@code check} and {@code render} say the same.
 */
class RejectedRowsWarnedOnceTest {
  @TempDir Path dir;

  @Test
  void aRefusedKeyIsOneErrorWithoutADerivedMissingWarningInCheckAndRender() throws IOException {
    Path workbook = NamndWorkbook.write(dir.resolve("namnd.xlsx"));
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet outcomes = book.getSheet("Utfall");
      rowOf(outcomes, "M05", "2025-T1").getCell(0).setCellValue("m05");
      mergeKeys(outcomes, rowOf(outcomes, "M01", "2024-T2"), rowOf(outcomes, "M01", "2025-T2"));
      Sheet statuses = book.getSheet("Åtgärdsstatus");
      mergeKeys(statuses, rowOf(statuses, "1", "2025-T1"), rowOf(statuses, "1", "2025-T2"));
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }

    // In T1 the refused rows are M01's and M05's outcomes; in T2 M01's outcome and action 1's
    // status.
    for (String period : List.of("2025-T1", "2025-T2")) {
      NamndWorkbook.Run check = run("check", workbook.toString(), "--period", period);
      List<String> checked = check.findings();
      assertThat(check.exit()).isEqualTo(2);
      assertThat(checked)
          .anyMatch(l -> l.contains("rad 16, kolumn ID") && l.contains("menade du \"M05\"?"))
          .anyMatch(l -> l.contains("blad Utfall, rad 3, kolumn ID") && l.contains("\"M01\""))
          .anyMatch(l -> l.contains("blad Utfall, rad 4, kolumn ID") && l.contains("\"M01\""))
          .anyMatch(l -> l.contains("blad Åtgärdsstatus, rad 3, kolumn Nr") && l.contains("\"1\""))
          .noneMatch(l -> l.contains("M05 saknar utfall för 2025-T1"))
          .noneMatch(l -> l.contains("M01 saknar utfall"))
          .noneMatch(l -> l.contains("åtgärd 1 saknar status"));

      Path pdf = dir.resolve("bilaga-" + period + ".pdf");
      NamndWorkbook.Run render =
          run("render", workbook.toString(), "--period", period, "-o", pdf.toString());
      assertThat(render.exit()).isEqualTo(2);
      assertThat(pdf).doesNotExist();
      assertThat(render.findings()).isNotEmpty();
      assertThat(checked).containsAll(render.findings());
    }
  }

  /**
   * Merges the key cells from {@code top} to {@code bottom} as Excel does: the top's text stays.
   */
  private static void mergeKeys(Sheet sheet, Row top, Row bottom) {
    for (int r = top.getRowNum() + 1; r <= bottom.getRowNum(); r++) {
      sheet.getRow(r).removeCell(sheet.getRow(r).getCell(0));
    }
    sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), 0, 0));
  }
}

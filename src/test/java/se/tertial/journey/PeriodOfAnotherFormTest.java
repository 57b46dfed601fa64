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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outcome or status written for a month ("april 2025", the month 2025-04) in a delårsbilaga,
 * whose periods are tertials: no document of the workbook would show it — the T1 appendix would
 * lack the value, and {@code --all-periods} would render an appendix "for 2025-04". It is an error
 * on the cell, asking for the tertial, without a second "saknar utfall" warning; nothing is
 * written.
 */
class PeriodOfAnotherFormTest {
  @TempDir Path dir;

  @Test
  void aMonthInATertialReportIsAnErrorOnItsPeriodCellAndNothingIsRendered() throws IOException {
    Path workbook = NamndWorkbook.write(dir.resolve("namnd.xlsx"));
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      rowOf(book.getSheet("Utfall"), "M05", "2025-T1").getCell(1).setCellValue("april 2025");
      rowOf(book.getSheet("Åtgärdsstatus"), "4", "2025-T1").getCell(1).setCellValue("2025-05");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }

    NamndWorkbook.Run check = run("check", workbook.toString());
    List<String> checked = check.findings();
    assertThat(check.exit()).isEqualTo(2);
    assertThat(checked)
        .contains(
            "fel: namnd.xlsx, blad Utfall, rad 16, kolumn Period: perioden 2025-04 är en månad, men"
                + " rapporten gäller 2025-T1, ett tertial; utfallet för M05 kommer inte med i någon"
                + " bilaga. Skriv perioden som rapportens, t.ex. 2025-T1 (per april), 2025-T2 (per"
                + " augusti) eller 2025-ÅR",
            "fel: namnd.xlsx, blad Åtgärdsstatus, rad 4, kolumn Period: perioden 2025-05 är en"
                + " månad, men rapporten gäller 2025-T1, ett tertial; statusen för åtgärd 4 kommer"
                + " inte med i någon bilaga. Skriv perioden som rapportens, t.ex. 2025-T1 (per"
                + " april), 2025-T2 (per augusti) eller 2025-ÅR")
        .noneMatch(l -> l.contains("M05 saknar utfall"))
        .noneMatch(l -> l.contains("åtgärd 4 saknar status"));

    Path out = dir.resolve("ut");
    NamndWorkbook.Run render =
        run("render", workbook.toString(), "--all-periods", "-o", out.toString());
    assertThat(render.exit()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(render.findings()).isNotEmpty();
    assertThat(render.err()).doesNotContain("2025-04:");
  }
}

package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.ok;
import static se.tertial.journey.NamndWorkbook.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * next-period appends the rows to fill in the look of the analyst's last row, formulas included —
 * but only in the analyst's own columns. A formula in a column tertial reads (Totalt = K + M) over
 * the new row's empty cells would be an outcome nobody entered: 0 for a sum, #DIV/0! for an
 * average, and the period would count as reported.
 */
class CarriedFormulasTest {
  @TempDir Path dir;

  @Test
  void aFormulaInAReadColumnIsNotCarriedIntoRowsToFillButOneInTheAnalystsOwnColumnIs()
      throws IOException {
    Path t1 = NamndWorkbook.write(dir.resolve("namnd.xlsx"));
    try (InputStream in = Files.newInputStream(t1);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet outcomes = book.getSheet("Utfall");
      Row header = outcomes.getRow(0);
      header.createCell(header.getLastCellNum()).setCellValue("Kvot K/M");
      Row last = outcomes.createRow(outcomes.getLastRowNum() + 1);
      int r = last.getRowNum() + 1;
      last.createCell(0).setCellValue("M06");
      last.createCell(1).setCellValue("2025-T1");
      last.createCell(2).setCellValue(6);
      last.createCell(3).setCellValue(8);
      last.createCell(4).setCellFormula("C" + r + "+D" + r);
      last.createCell(header.getLastCellNum() - 1).setCellFormula("C" + r + "/D" + r);
      try (OutputStream out = Files.newOutputStream(t1)) {
        book.write(out);
      }
    }
    Path t2 = dir.resolve("namnd-t2.xlsx");
    ok("next-period", t1.toString(), t2.toString());

    try (InputStream in = Files.newInputStream(t2);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet outcomes = book.getSheet("Utfall");
      Row added = row(outcomes, "M05", "2025-T2");
      Cell total = added.getCell(4);
      assertThat(total == null || total.getCellType() == CellType.BLANK).isTrue();
      Cell own = added.getCell(outcomes.getRow(0).getLastCellNum() - 1);
      int r = added.getRowNum() + 1;
      assertThat(own.getCellFormula()).isEqualTo("C" + r + "/D" + r);
    }
    NamndWorkbook.Run check = run("check", t2.toString());
    assertThat(check.out() + check.err())
        .contains("styrmåttet M05 saknar utfall för 2025-T2")
        .doesNotContain("#DIV/0!");
  }

  private static Row row(Sheet sheet, String id, String period) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      Cell second = row.getCell(1);
      if (first != null
          && second != null
          && first.toString().equals(id)
          && second.toString().equals(period)) {
        return row;
      }
    }
    throw new AssertionError("no row " + id + " " + period);
  }
}

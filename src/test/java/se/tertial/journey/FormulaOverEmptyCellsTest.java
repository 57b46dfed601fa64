package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Excel table fills its calculated column (Totalt = Kvinnor + Män) into every new row, so a row
 * opened for a period not yet reported carries Totalt 0: no value anyone measured, and judged as
 * one it would print a wrong number. It is an error on the cell, with cached values (as Excel saves
 * them) and without (tertial computes them) alike; a formula over filled cells is read.
 */
class FormulaOverEmptyCellsTest {
  @TempDir Path dir;

  @Test
  void totaltZeroFromAFormulaOverEmptyCellsIsAnErrorNotAnOutcome() throws IOException {
    for (boolean cached : List.of(true, false)) {
      Path workbook = NamndWorkbook.write(dir.resolve("namnd-" + cached + ".xlsx"));
      try (InputStream in = Files.newInputStream(workbook);
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet outcomes = book.getSheet("Utfall");
        formulaRow(outcomes, "M05", null, null);
        formulaRow(outcomes, "M06", 6.0, 8.0);
        if (cached) {
          XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
        }
        try (OutputStream out = Files.newOutputStream(workbook)) {
          book.write(out);
        }
      }

      NamndWorkbook.Run check = run("check", workbook.toString(), "--period", "2025-T2");
      assertThat(check.exit()).as("cached %s", cached).isEqualTo(2);
      assertThat(check.out() + check.err())
          .as("cached %s", cached)
          .contains(
              "fel: "
                  + workbook.getFileName()
                  + ", blad Utfall, rad 18, kolumn Totalt: Totalt för M05 är 0 från en formel"
                  + " medan Kvinnor och Män är tomma")
          .doesNotContain("rad 19, kolumn Totalt")
          .doesNotContain("M05 saknar utfall");
      Path pdf = dir.resolve("bilaga-" + cached + ".pdf");
      assertThat(
              run("render", workbook.toString(), "--period", "2025-T2", "-o", pdf.toString())
                  .exit())
          .isEqualTo(2);
      assertThat(pdf).doesNotExist();
    }
  }

  /** A 2025-T2 row whose Totalt is =Kvinnor+Män, as an Excel table's calculated column fills it. */
  private static void formulaRow(Sheet sheet, String id, Double women, Double men) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    int r = row.getRowNum() + 1;
    row.createCell(0).setCellValue(id);
    row.createCell(1).setCellValue("2025-T2");
    if (women != null) {
      row.createCell(2).setCellValue(women);
      row.createCell(3).setCellValue(men);
    }
    row.createCell(4).setCellFormula("C" + r + "+D" + r);
  }
}

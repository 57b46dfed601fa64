package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.PdfText;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * A column of money in the plan's budget tables is printed with one number of decimals: the most
 * any of its amounts has. Whole numbers typed into Excel beside amounts with a decimal get one too
 * ("1 251,0" above "1 204,5", never "1 251"), and a hundredth among tenths gives the column
 * hundredths instead of being rounded away.
 */
class BudgetDecimalsTest {
  @TempDir Path dir;

  @Test
  void everyAmountOfABudgetColumnHasTheColumnsNumberOfDecimals() throws Exception {
    Path workbook = dir.resolve("plan.xlsx");
    try (InputStream in =
            Files.newInputStream(Path.of("sample-data/rs-plan-2023/rs-plan-2023.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet budget = book.getSheet("Budget");
      int column2023 = column(budget, "2023");
      int columnShift = column(budget, "Omfördelning");
      for (Row row : budget) {
        String label = row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue();
        // Numeric cells as an analyst types them: a whole number and one with a decimal.
        switch (label) {
          case "Anslag året innan" -> row.getCell(column2023).setCellValue(1251);
          case "Prisuppräkning" -> row.getCell(column2023).setCellValue(1204.5);
          default -> {}
        }
      }
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
      assertThat(columnShift).isPositive();
    }
    ReadResult read = ReadInput.read(workbook);
    assertThat(read.hasErrors()).as("%s", read.findings()).isFalse();
    Report report = read.report().orElseThrow();
    byte[] pdf =
        new DocumentRenderer(
                TemplateEngine.bundled(),
                new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"))
            .render(
                new ReportEvaluator(EvaluationOptions.defaults())
                    .evaluate(report, report.info().period()),
                workbook);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = PdfText.flat(new PDFTextStripper().getText(doc)).replace('\u00a0', ' ');
    }

    assertThat(text)
        .containsSubsequence("Anslag året innan 1 251,0", "Prisuppräkning 1 204,5")
        // Omfördelning holds 26,7 / 0,01 / 0,2 / 26,9: hundredths for all, none rounded to 0,0.
        .containsSubsequence(
            "Vårdval primärvård",
            "26,70",
            "Vårdval barn- och ungdomstandvård",
            "0,01",
            "Styrelsen för vidare fördelning",
            "0,20",
            "Totalt",
            "26,90")
        .doesNotContain("Anslag året innan 1 251 ");
  }

  private static int column(Sheet sheet, String heading) {
    for (var cell : sheet.getRow(0)) {
      if (cell.toString().strip().equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + heading);
  }
}

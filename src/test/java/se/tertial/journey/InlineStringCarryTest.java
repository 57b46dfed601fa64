package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.testing.ReadInput;

/**
 * A workbook saved by a tool that writes text as inline strings ({@code t="inlineStr"}, as openpyxl
 * does) is carried like any other: {@code next-period} really moves its Period and title on (POI
 * would otherwise leave the old inline text in place, and the new workbook would still say T1).
 */
class InlineStringCarryTest {
  @TempDir Path dir;

  private static void inline(XSSFCell cell, String text) {
    var ct = cell.getCTCell();
    if (ct.isSetV()) {
      ct.unsetV();
    }
    ct.setT(STCellType.INLINE_STR);
    ct.addNewIs().setT(text);
  }

  @Test
  void nextPeriodMovesAnInlineStringPeriodAndTitleOn() throws Exception {
    Path t1 = dir.resolve("t1.xlsx");
    StringWriter err = new StringWriter();
    assertThat(
            TertialCommand.execute(
                new String[] {"init", t1.toString(), "--period", "2024-T1"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err)))
        .as(err.toString())
        .isZero();
    try (InputStream in = Files.newInputStream(t1);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet info = book.getSheet("Rapport");
      for (int r = 1; r <= info.getLastRowNum(); r++) {
        XSSFRow row = info.getRow(r);
        String field = row.getCell(0).getStringCellValue();
        XSSFCell value = row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
        if (field.equals("Period")) {
          inline(value, "2024-T1");
        } else if (field.equals("Titel")) {
          inline(value, "Bilaga till delårsrapport per april 2024");
        } else if (field.equals("Enhet")) {
          inline(value, "Förvaltning Test");
        }
      }
      try (OutputStream out = Files.newOutputStream(t1)) {
        book.write(out);
      }
    }
    assertThat(ReadInput.read(t1).report().orElseThrow().info().period())
        .isEqualTo(Period.parse("2024-T1"));

    Path t2 = dir.resolve("t2.xlsx");
    assertThat(
            TertialCommand.execute(
                new String[] {"next-period", t1.toString(), t2.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err)))
        .as(err.toString())
        .isZero();

    Report next = ReadInput.read(t2).report().orElseThrow();
    assertThat(next.info().period()).isEqualTo(Period.parse("2024-T2"));
    assertThat(next.info().title()).isEqualTo("Bilaga till delårsrapport per augusti 2024");
  }
}

package se.tertial.write;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.Section;
import se.tertial.read.SharedColumns;
import se.tertial.read.Table;

/**
 * The Texter sheet of an analyst's own workbook carried to a new period: the {@code Period} and
 * {@code Skriv om} columns added when missing (rows without a Period column dated with the period
 * they were written for, so the old document can be rendered again with its own texts), then a copy
 * of each of the old period's texts for the new one, marked {@code Skriv om = ja} for the analyst
 * to rewrite ({@link CarryForward#copies}).
 */
final class TextCarry {
  static final String MARK = "ja";

  private TextCarry() {}

  static void carry(XSSFWorkbook workbook, Report old, Period to) {
    ExistingSheet sheet = ExistingSheet.find(workbook, "Avsnitt", "Texter", "Text").orElse(null);
    if (sheet == null) {
      return;
    }
    int key = sheet.column("Avsnitt");
    int heading = sheet.column("Rubrik");
    int text = sheet.column("Text");
    int period = sheet.column("Period");
    Period from = old.info().period();
    if (period < 0) {
      List<XSSFRow> rows = sheet.rows();
      period = sheet.addColumn("Period", 12);
      for (XSSFRow row : rows) {
        if (from != null) {
          ExistingSheet.set(row, period, from.code());
        }
      }
    }
    int rewrite = sheet.column("Skriv om", "Skrivs om", "Att skriva om");
    if (rewrite < 0) {
      rewrite = sheet.addColumn("Skriv om", 10);
    }
    for (Section copy : CarryForward.copies(old, to)) {
      XSSFRow row = sheet.append(SharedColumns.of(Table.TEXTS));
      ExistingSheet.set(row, key, copy.key());
      if (heading >= 0) {
        ExistingSheet.set(row, heading, copy.heading());
      }
      ExistingSheet.set(row, text, copy.text());
      ExistingSheet.set(row, period, to.code());
      ExistingSheet.set(row, rewrite, MARK);
    }
  }
}

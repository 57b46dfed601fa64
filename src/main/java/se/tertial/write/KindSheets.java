package se.tertial.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.kind.KindSheet;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.model.Report;

/**
 * Lays out a report kind's own sheets ({@link ReportKindModule#sheets}) in a workbook: the same
 * header style, frozen header and filter as the shared sheets, numbers as numbers and a
 * whole-number Nr as a number. Nothing here is per kind: a kind's sheets, and which shared sheets
 * it has, come from its module in {@link ReportKinds#BUILT_IN}.
 */
final class KindSheets {
  private KindSheets() {}

  /** The module of a report's kind; the delårsbilaga's for a kind of the user's own. */
  static ReportKindModule module(Report report) {
    ReportKinds kinds = ReportKinds.BUILT_IN;
    return kinds.module(report.info().kind()).orElse(kinds.fallbackModule());
  }

  /** Adds a kind's own sheets ({@link ReportKindModule#sheets}). */
  static void add(XSSFWorkbook workbook, WorkbookStyles styles, List<KindSheet> sheets) {
    for (KindSheet sheet : sheets) {
      write(workbook, styles, sheet);
    }
  }

  private static void write(XSSFWorkbook workbook, WorkbookStyles styles, KindSheet kindSheet) {
    List<List<Object>> all = new ArrayList<>(kindSheet.rows());
    all.addAll(kindSheet.openRows());
    List<String> header = kindSheet.header();
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      widths.add(width(header.get(c), c, all));
    }
    SheetBuilder sheet =
        new SheetBuilder(workbook.createSheet(kindSheet.name()), styles, header, widths);
    boolean keyed = !header.isEmpty() && header.get(0).equals("Nr");
    for (List<Object> row : all) {
      sheet.row();
      for (int c = 0; c < row.size(); c++) {
        cell(sheet, row.get(c), keyed && c == 0, widths.get(c) >= WIDE);
      }
    }
  }

  private static final int WIDE = 40;

  private static void cell(SheetBuilder sheet, Object value, boolean key, boolean wrap) {
    if (value == null) {
      sheet.text(null);
    } else if (value instanceof BigDecimal number) {
      sheet.number(number, false);
    } else if (value instanceof Integer number) {
      sheet.number(BigDecimal.valueOf(number), false);
    } else if (value instanceof LocalDate date) {
      sheet.date(date);
    } else if (key) {
      sheet.key(value.toString());
    } else {
      sheet.text(value.toString(), wrap);
    }
  }

  /**
   * A column's width in characters: narrow for the key, the period and numbers, as wide as header
   * and values need for short texts, and {@link #WIDE} (wrapped) for prose.
   */
  private static int width(String header, int column, List<List<Object>> rows) {
    if (header.equals("Nr")) {
      return 6;
    }
    if (header.equals("Period")) {
      return 10;
    }
    int longest = header.length() + 2;
    boolean numbers = false;
    for (List<Object> row : rows) {
      Object value = row.get(column);
      numbers |= value instanceof Number;
      if (value instanceof String text) {
        longest = Math.max(longest, text.length());
      }
    }
    if (numbers) {
      return Math.max(12, header.length() + 2);
    }
    return longest <= 16 ? Math.max(8, longest) : WIDE;
  }
}

package se.tertial.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tertial.kind.Instruction;
import se.tertial.kind.ReportKindModule;
import se.tertial.model.DocumentTitles;
import se.tertial.model.Period;
import se.tertial.model.ReportInfo;

/**
 * The {@code Instruktioner} sheet of a template: one row per sheet and column the workbook has,
 * explaining it in Swedish with valid examples (target rules, period formats). The lines about the
 * sheets every kind has (Rapport, Texter) are in {@code instruktioner.tsv} beside this class; the
 * kind gives the lines about its periods, its own sheets and its Texter sections ({@link
 * ReportKindModule#instructions()}), so a månadsuppföljning explains Månadsrapport, never Styrmått.
 * The reader ignores the sheet, so analysts may edit or delete it.
 */
final class InstructionsSheet {
  static final String NAME = "Instruktioner";
  private static final String GENERAL = "Allmänt";
  private static final String TEXTS = "Texter";

  private InstructionsSheet() {}

  /** Adds the sheet after the data sheets (returning analysts see their data first). */
  static void add(
      XSSFWorkbook workbook, WorkbookStyles styles, ReportKindModule kind, ReportInfo info) {
    List<String> sheets = new ArrayList<>();
    for (Sheet s : workbook) {
      sheets.add(s.getSheetName());
    }
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet(NAME),
            styles,
            List.of("Blad", "Kolumn", "Förklaring", "Exempel"),
            List.of(16, 26, 80, 44));
    Map<String, String> values = values(sheets, kind, info);
    for (Instruction line : lines(kind)) {
      sheet
          .row()
          .text(line.sheet())
          .text(line.column(), true)
          .text(fill(line.explanation(), values), true)
          // One example per line: easier to copy into a cell than a list with separators.
          .text(fill(line.examples(), values).replace(" | ", "\n"), true);
    }
  }

  /**
   * The explanations in the order they are shown: general, the kind's periods, Rapport, the kind's
   * sheets, its Texter sections, then the Texter columns every kind shares.
   */
  static List<Instruction> lines(ReportKindModule kind) {
    List<Instruction> shared = Instruction.read(InstructionsSheet.class);
    List<Instruction> own = kind.instructions();
    List<Instruction> lines = new ArrayList<>();
    shared.stream().filter(l -> l.sheet().equals(GENERAL)).forEach(lines::add);
    own.stream().filter(l -> l.sheet().equals(GENERAL)).forEach(lines::add);
    shared.stream()
        .filter(l -> !l.sheet().equals(GENERAL) && !l.sheet().equals(TEXTS))
        .forEach(lines::add);
    own.stream()
        .filter(l -> !l.sheet().equals(GENERAL) && !l.sheet().equals(TEXTS))
        .forEach(lines::add);
    own.stream().filter(l -> l.sheet().equals(TEXTS)).forEach(lines::add);
    shared.stream().filter(l -> l.sheet().equals(TEXTS)).forEach(lines::add);
    return lines;
  }

  private static Map<String, String> values(
      List<String> sheets, ReportKindModule kind, ReportInfo info) {
    Period period = info.period();
    return Map.of(
        "{sheets}",
        Instruction.and(sheets),
        "{period}",
        period == null ? "" : period.code(),
        "{title}",
        period == null ? "" : DocumentTitles.standard(kind.name(), period),
        "{kind}",
        kind.name());
  }

  private static String fill(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }
}

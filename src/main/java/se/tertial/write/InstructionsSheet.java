package se.tertial.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Instruktioner} sheet of a template: one row per sheet and column of the input
 * contract, explaining it in Swedish with valid examples (target rules, period formats). The reader
 * ignores the sheet, so analysts may edit or delete it. The texts live in {@code instruktioner.tsv}
 * beside this class so they can be corrected without touching code.
 */
final class InstructionsSheet {
  static final String NAME = "Instruktioner";
  private static final String RESOURCE = "instruktioner.tsv";

  /** One explanation: sheet, column (or topic), what it means, examples separated by " | ". */
  record Line(String sheet, String column, String explanation, String examples) {}

  private InstructionsSheet() {}

  /** Adds the sheet after the data sheets (returning analysts see their data first). */
  static void add(XSSFWorkbook workbook, WorkbookStyles styles) {
    SheetBuilder sheet =
        new SheetBuilder(
            workbook.createSheet(NAME),
            styles,
            List.of("Blad", "Kolumn", "Förklaring", "Exempel"),
            List.of(16, 26, 80, 44));
    for (Line line : lines()) {
      sheet
          .row()
          .text(line.sheet())
          .text(line.column(), true)
          .text(line.explanation(), true)
          // One example per line: easier to copy into a cell than a list with separators.
          .text(line.examples().replace(" | ", "\n"), true);
    }
  }

  /** The explanations in the order they are shown. */
  static List<Line> lines() {
    try (InputStream in = InstructionsSheet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      List<Line> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cells = text.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(RESOURCE + ": not four columns: " + text);
        }
        lines.add(new Line(cells[0], cells[1], cells[2], cells[3]));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package se.tertial.read;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tertial.model.SourceRef;
import se.tertial.model.UserText;
import se.tertial.read.XlsxSheetParser.Problem;
import se.tertial.read.XlsxSheetParser.XlsxCell;
import se.tertial.read.XlsxSheetParser.XlsxRow;

/**
 * Turns streamed contract sheets into raw tables: finds each sheet's header row, reads the cells
 * below it, computes formulas saved without a value ({@link XlsxFormulas}) and reports every cell
 * the reader could not take as written, naming sheet, row and column.
 */
final class XlsxTableBuilder {
  /** A sheet being built: its rows' cells can still change when formulas are computed. */
  private record Draft(
      Table kind,
      String sheet,
      int headerIndex,
      int headerRow,
      List<String> header,
      List<Integer> rowNumbers,
      List<RawCell[]> rows,
      List<Problem> problems,
      List<MergedRange> merged) {}

  private final File file;
  private final String fileName;
  private final XlsxCells cells;
  private final XlsxSharedStrings strings;
  private final Findings findings;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<XlsxFormulas.Target> pending = new ArrayList<>();

  XlsxTableBuilder(File file, XlsxCells cells, XlsxSharedStrings strings, Findings findings) {
    this.file = file;
    this.fileName = file.getName();
    this.cells = cells;
    this.strings = strings;
    this.findings = findings;
  }

  void add(Table kind, String sheetName, XlsxSheetParser.Sheet sheet) {
    List<Problem> problems = new ArrayList<>(sheet.problems());
    List<RawCell[]> values = new ArrayList<>(sheet.rows().size());
    List<int[]> formulas = new ArrayList<>(); // {row index, column, style} of formulas to compute
    for (XlsxRow row : sheet.rows()) {
      RawCell[] rowCells = new RawCell[row.width()];
      Arrays.fill(rowCells, RawCell.BLANK);
      for (XlsxCell cell : row.cells()) {
        if (XlsxCells.lacksCachedValue(cell)) {
          formulas.add(new int[] {values.size(), cell.column(), cell.style()});
        } else {
          int before = problems.size();
          RawCell value =
              cells.read(
                  cell,
                  strings,
                  (code, arg) -> problems.add(new Problem(row.row(), cell.column(), code, arg)));
          rowCells[cell.column()] =
              problems.size() > before
                  ? RawCell.UNREADABLE
                  : cell.formula() ? value.fromFormula() : value;
        }
      }
      values.add(rowCells);
    }
    List<List<String>> texts =
        values.stream()
            .limit(HeaderRow.MAX_TITLE_ROWS + 1L)
            .map(row -> Arrays.stream(row).map(c -> UserText.trim(c.text())).toList())
            .toList();
    int headerIndex = HeaderRow.find(kind, texts);
    if (headerIndex < 0 && texts.size() < values.size()) {
      headerIndex = HeaderRow.find(kind, texts(values));
    }
    List<String> header =
        headerIndex < 0
            ? List.of()
            : Arrays.stream(values.get(headerIndex)).map(c -> UserText.trim(c.text())).toList();
    List<Integer> rowNumbers = sheet.rows().stream().map(XlsxRow::row).toList();
    int headerRow = headerIndex < 0 ? 0 : rowNumbers.get(headerIndex);
    // Only ranges below the header join data cells; a title merged across the top is a title.
    List<MergedRange> merged =
        sheet.merged().stream().filter(m -> headerRow > 0 && m.firstRow() > headerRow).toList();
    Draft draft =
        new Draft(
            kind, sheetName, headerIndex, headerRow, header, rowNumbers, values, problems, merged);
    drafts.add(draft);
    for (int[] formula : formulas) {
      int row = rowNumbers.get(formula[0]);
      if (headerIndex >= 0 && formula[0] > headerIndex && formula[1] < header.size()) {
        pending.add(
            new XlsxFormulas.Target(
                sheetName, row, formula[1], formula[2], values.get(formula[0])));
      } else if (headerIndex >= 0 && formula[0] == headerIndex) {
        problems.add(new Problem(row, formula[1], "formula.noCachedValue", ""));
      }
    }
  }

  private static List<List<String>> texts(List<RawCell[]> values) {
    return values.stream()
        .map(row -> Arrays.stream(row).map(c -> UserText.trim(c.text())).toList())
        .toList();
  }

  /** The finished tables, after computing formulas saved without a value. */
  Map<Table, RawTable> finish() {
    Map<String, List<XlsxFormulas.Outcome>> outcomes = new LinkedHashMap<>();
    if (!pending.isEmpty()) {
      for (XlsxFormulas.Outcome outcome : new XlsxFormulas(file, cells).compute(pending)) {
        outcomes.computeIfAbsent(outcome.target().sheet(), s -> new ArrayList<>()).add(outcome);
      }
    }
    // In the order the sheets were added: the contract's, as the reader streamed them.
    Map<Table, RawTable> tables = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      List<XlsxFormulas.Outcome> computed = outcomes.getOrDefault(draft.sheet(), List.of());
      report(draft, computed);
      tables.put(draft.kind(), table(draft));
    }
    return tables;
  }

  private void report(Draft draft, List<XlsxFormulas.Outcome> computed) {
    List<Problem> problems = new ArrayList<>(draft.problems());
    int evaluated = 0;
    String first = null;
    for (XlsxFormulas.Outcome outcome : computed) {
      XlsxFormulas.Target t = outcome.target();
      if (outcome.problemCode() != null) {
        t.cells()[t.column()] = RawCell.UNREADABLE;
        problems.add(new Problem(t.row(), t.column(), outcome.problemCode(), outcome.problemArg()));
      } else {
        evaluated++;
        if (first == null) {
          first = XlsxSheetParser.columnName(t.column()) + t.row();
        }
      }
    }
    if (evaluated > 0) {
      findings.warning(
          "formula.evaluated", SourceRef.sheet(fileName, draft.sheet()), evaluated, first);
    }
    problems.sort((a, b) -> a.row() != b.row() ? a.row() - b.row() : a.column() - b.column());
    for (Problem p : problems) {
      if (draft.headerRow() > 0 && p.row() > 0 && p.row() < draft.headerRow()) {
        continue; // title rows above the header are not read
      }
      if (p.column() >= 0 && p.column() >= draft.header().size() && draft.headerRow() > 0) {
        continue; // cells right of the header are not read
      }
      findings.error(
          p.code(),
          new SourceRef(fileName, draft.sheet(), p.row(), columnName(draft, p.column())),
          p.arg());
    }
  }

  private static String columnName(Draft draft, int column) {
    if (column < 0) {
      return null;
    }
    if (column < draft.header().size() && !draft.header().get(column).isBlank()) {
      return draft.header().get(column);
    }
    return XlsxSheetParser.columnName(column);
  }

  private RawTable table(Draft draft) {
    List<RawRow> rows = new ArrayList<>();
    int width = draft.header().size();
    for (int i = 0; i < draft.rows().size(); i++) {
      if (draft.headerIndex() < 0 || i <= draft.headerIndex()) {
        continue;
      }
      int number = draft.rowNumbers().get(i);
      RawCell[] all = draft.rows().get(i);
      List<RawCell> values = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        values.add(c < all.length ? all[c] : RawCell.BLANK);
      }
      RawRow raw = new RawRow(number, values);
      if (!raw.isBlank()) { // LibreOffice's styled phantom rows and spacer rows
        rows.add(raw);
      }
    }
    return new RawTable(
        draft.kind(),
        fileName,
        draft.sheet(),
        draft.headerRow(),
        draft.header(),
        rows,
        draft.merged());
  }
}

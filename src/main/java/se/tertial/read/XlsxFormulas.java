package se.tertial.read;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Computes formulas saved without a value — what openpyxl, pandas and many scripts write, since
 * they cannot calculate — with POI's formula evaluator. That needs the whole workbook in memory, so
 * it is done only when such formulas are in the contract's sheets and the file is small enough
 * ({@link Limits#MAX_EVALUATED_WORKBOOK_BYTES}); otherwise, and for formulas POI cannot compute,
 * each cell is reported. A formula is never read as 0. Links into other workbooks are never
 * followed: the evaluator has no other workbooks, so such a formula is reported.
 */
final class XlsxFormulas {
  /**
   * A formula cell to compute.
   *
   * @param sheet the sheet's name
   * @param row the 1-based row
   * @param column the 0-based column
   * @param style the cell's style index, for showing the result
   * @param cells the row's cells, where the result is stored
   */
  record Target(String sheet, int row, int column, int style, RawCell[] cells) {}

  /**
   * What computing one formula gave: the value is stored in the target's row; a problem code and
   * argument when it could not be computed.
   */
  record Outcome(Target target, String problemCode, String problemArg) {}

  private final File file;
  private final XlsxCells cells;

  XlsxFormulas(File file, XlsxCells cells) {
    this.file = file;
    this.cells = cells;
  }

  List<Outcome> compute(List<Target> targets) {
    List<Outcome> outcomes = new ArrayList<>();
    if (file.length() > Limits.MAX_EVALUATED_WORKBOOK_BYTES) {
      targets.forEach(t -> outcomes.add(new Outcome(t, "formula.noCachedValue", "")));
      return outcomes;
    }
    try (Workbook workbook = WorkbookFactory.create(file, null, true)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (Target target : targets) {
        outcomes.add(compute(workbook, evaluator, target));
      }
    } catch (Exception e) {
      outcomes.clear();
      targets.forEach(t -> outcomes.add(new Outcome(t, "formula.noCachedValue", "")));
    }
    return outcomes;
  }

  private Outcome compute(Workbook workbook, FormulaEvaluator evaluator, Target target) {
    Sheet sheet = workbook.getSheet(target.sheet());
    Row row = sheet == null ? null : sheet.getRow(target.row() - 1);
    Cell cell = row == null ? null : row.getCell(target.column());
    if (cell == null || cell.getCellType() != CellType.FORMULA) {
      return new Outcome(target, "formula.noCachedValue", "");
    }
    String formula = "=" + cell.getCellFormula();
    CellValue value;
    try {
      value = evaluator.evaluate(cell);
    } catch (NotImplementedException e) {
      return new Outcome(target, "formula.notEvaluated", formula);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(target, "formula.notEvaluated", formula);
    }
    RawCell result =
        value == null
            ? RawCell.BLANK
            : switch (value.getCellType()) {
              case NUMERIC -> cells.numeric(value.getNumberValue(), target.style());
              case STRING -> RawCell.text(CellText.normaliseNewlines(value.getStringValue()));
              case BOOLEAN -> RawCell.text(value.getBooleanValue() ? "TRUE" : "FALSE");
              case ERROR -> new RawCell("", null, null, errorText(value.getErrorValue()));
              default -> RawCell.BLANK;
            };
    target.cells()[target.column()] = result.fromFormula();
    return new Outcome(target, null, null);
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#FEL";
    }
  }
}

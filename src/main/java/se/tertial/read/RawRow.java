package se.tertial.read;

import java.util.List;

/**
 * A data row of a raw table.
 *
 * @param row the 1-based row number as the spreadsheet shows it
 * @param cells the cells in header column order; missing trailing cells are blank
 */
public record RawRow(int row, List<RawCell> cells) {

  public RawRow {
    cells = List.copyOf(cells);
  }

  public RawCell cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : RawCell.BLANK;
  }

  public boolean isBlank() {
    return cells.stream().allMatch(RawCell::isBlank);
  }
}

package se.tertial.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * An XHTML table → a Word table: header rows ({@code thead}) repeat on every page and are bold on a
 * light fill, rows do not split across pages, {@code colspan}/{@code rowspan} become Word's merged
 * cells, number cells ({@code class="num"}) are right-aligned, and the column widths follow the
 * header's {@code width: N%}. A table with {@code role="presentation"} (the page header) has no
 * lines.
 */
final class TableWriter {

  private static final Pattern PERCENT = Pattern.compile("width:\\s*([0-9.]+)%");
  private static final String HEADER_FILL = "E8EEF5";
  private static final String RULE = "8A97A8";

  private final BlockWriter blocks;
  private final long textWidthTwips;

  TableWriter(BlockWriter blocks, long textWidthTwips) {
    this.blocks = blocks;
    this.textWidthTwips = textWidthTwips;
  }

  /** A cell of the XHTML placed on the table's grid. */
  private record Placed(Element cell, int row, int column, int columns, int rows, boolean header) {}

  void write(Element table, Container into) {
    List<Element> rows = new ArrayList<>();
    List<Boolean> headerRows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> {
          rows.add(child);
          headerRows.add(false);
        }
        case "thead", "tbody", "tfoot" -> {
          for (Element tr : child.children()) {
            if (tr.normalName().equals("tr")) {
              rows.add(tr);
              headerRows.add(child.normalName().equals("thead"));
            }
          }
        }
        default -> {}
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    List<List<Placed>> grid = place(rows, headerRows);
    int columns = 0;
    for (List<Placed> row : grid) {
      for (Placed p : row) {
        columns = Math.max(columns, p.column() + p.columns());
      }
    }
    var word = into.table();
    if (word.isEmpty()) {
      for (List<Placed> row : grid) { // no tables here: one paragraph per cell
        for (Placed p : row) {
          blocks.blocks(p.cell(), into, p.header() ? RunStyle.PLAIN.withBold() : RunStyle.PLAIN);
        }
      }
      return;
    }
    XWPFTable out = word.get();
    boolean lines = !"presentation".equals(table.attr("role"));
    layout(out, columnWidths(grid, columns), lines);
    for (int r = 0; r < grid.size(); r++) {
      XWPFTableRow row = r == 0 ? out.getRow(0) : out.createRow();
      row.setCantSplitRow(true);
      if (headerRows.get(r)) {
        row.setRepeatHeader(true);
      }
      fill(row, grid, r, columns);
    }
  }

  /** Where each cell lands, with the columns that rowspans from above already hold skipped. */
  private static List<List<Placed>> place(List<Element> rows, List<Boolean> headerRows) {
    List<List<Placed>> grid = new ArrayList<>();
    List<BitSet> taken = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      while (taken.size() <= r) {
        taken.add(new BitSet());
      }
      List<Placed> placed = new ArrayList<>();
      int column = 0;
      for (Element cell : rows.get(r).children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        while (taken.get(r).get(column)) {
          column++;
        }
        int across = span(cell, "colspan");
        int down = Math.min(span(cell, "rowspan"), rows.size() - r);
        for (int dr = 0; dr < down; dr++) {
          while (taken.size() <= r + dr) {
            taken.add(new BitSet());
          }
          taken.get(r + dr).set(column, column + across);
        }
        boolean header = headerRows.get(r) || cell.normalName().equals("th");
        placed.add(new Placed(cell, r, column, across, down, header));
        column += across;
      }
      grid.add(placed);
    }
    return grid;
  }

  private static int span(Element cell, String attribute) {
    try {
      return Math.max(1, Math.min(64, Integer.parseInt(cell.attr(attribute).strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The row's Word cells in column order: the XHTML's own, continuations of rowspans, blanks. */
  private void fill(XWPFTableRow row, List<List<Placed>> grid, int r, int columns) {
    // A new row comes with as many cells as the first row has: use those, add any more, drop the
    // rest.
    int index = 0;
    int column = 0;
    while (column < columns) {
      Placed own = at(grid.get(r), column);
      Placed above = own == null ? spanningFrom(grid, r, column) : null;
      XWPFTableCell cell =
          index < row.getTableCells().size() ? row.getCell(index) : row.addNewTableCell();
      index++;
      CTTcPr properties =
          cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      int across = 1;
      if (own != null) {
        across = own.columns();
        if (own.rows() > 1) {
          properties.addNewVMerge().setVal(STMerge.RESTART);
        }
        if (own.header()) {
          cell.setColor(HEADER_FILL);
        }
        blocks.blocks(
            own.cell(),
            new Container.Cell(cell),
            own.header() ? RunStyle.PLAIN.withBold() : RunStyle.PLAIN);
        if (own.cell().hasClass("num")) {
          for (XWPFParagraph p : cell.getParagraphs()) {
            p.setAlignment(ParagraphAlignment.RIGHT);
          }
        }
      } else if (above != null) {
        across = above.columns();
        properties.addNewVMerge().setVal(STMerge.CONTINUE);
      }
      if (across > 1) {
        properties.addNewGridSpan().setVal(BigInteger.valueOf(across));
      }
      column += across;
    }
    while (row.getTableCells().size() > index) {
      row.removeCell(row.getTableCells().size() - 1);
    }
  }

  private static Placed at(List<Placed> row, int column) {
    for (Placed p : row) {
      if (p.column() == column) {
        return p;
      }
    }
    return null;
  }

  private static Placed spanningFrom(List<List<Placed>> grid, int r, int column) {
    for (int above = r - 1; above >= 0; above--) {
      Placed p = at(grid.get(above), column);
      if (p != null) {
        return p.row() + p.rows() > r ? p : null;
      }
    }
    return null;
  }

  /** Widths from the first row that gives every column its own {@code width: N%}, else equal. */
  private long[] columnWidths(List<List<Placed>> grid, int columns) {
    long[] widths = new long[columns];
    for (List<Placed> row : grid) {
      double[] percent = new double[columns];
      boolean all = true;
      for (Placed p : row) {
        Matcher m = PERCENT.matcher(p.cell().attr("style"));
        if (p.columns() != 1 || !m.find()) {
          all = false;
          break;
        }
        percent[p.column()] = Double.parseDouble(m.group(1));
      }
      if (all && row.size() == columns) {
        double sum = 0;
        for (double v : percent) {
          sum += v;
        }
        for (int c = 0; c < columns; c++) {
          widths[c] = Math.round(textWidthTwips * percent[c] / sum);
        }
        return widths;
      }
    }
    for (int c = 0; c < columns; c++) {
      widths[c] = textWidthTwips / columns;
    }
    return widths;
  }

  private static void layout(XWPFTable table, long[] widths, boolean lines) {
    table.setWidth("100%");
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (long width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    if (!lines) {
      table.removeBorders();
      return;
    }
    table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
  }
}

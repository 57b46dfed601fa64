package se.tertial.journey;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One set of tables written twice, as an analyst's workbook (.xlsx by POI: numbers as numeric
 * cells, shares as percent-formatted cells) and as the CSV folder an analyst exports (Swedish
 * decimal comma, "72 %"), so a test can read both through the real pipeline and compare.
 */
final class TwoFormatWorkbook {
  /** A share as Excel holds it: 0,72 in a cell formatted {@code 0%}, shown and exported as 72 %. */
  record Share(double percent) {}

  /** A sheet (and its CSV file): header and rows of String, Number or {@link Share} cells. */
  record Table(String sheet, String file, List<String> header, List<List<Object>> rows) {
    Table(String sheet, String file, String... header) {
      this(sheet, file, List.of(header), new ArrayList<>());
    }

    Table row(Object... cells) {
      rows.add(List.of(cells));
      return this;
    }

    /**
     * A Styrmått sheet with Målvärde and Målår beside Mål: ID, Perspektiv, Styrmått, Mål, Målvärde,
     * Målår, Riktning, Enhet, then {@code more}.
     */
    static Table measuresWithTargetValue(String... more) {
      List<String> header =
          new ArrayList<>(
              List.of(
                  "ID", "Perspektiv", "Styrmått", "Mål", "Målvärde", "Målår", "Riktning", "Enhet"));
      header.addAll(List.of(more));
      return new Table("Styrmått", "styrmatt.csv", List.copyOf(header), new ArrayList<>());
    }
  }

  private TwoFormatWorkbook() {}

  static Path xlsx(Path file, List<Table> tables) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      for (Table table : tables) {
        Sheet sheet = book.createSheet(table.sheet());
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
          header.createCell(c).setCellValue(table.header().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = table.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof String text && text.isEmpty()) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Share share) {
              cell.setCellValue(share.percent() / 100);
              cell.setCellStyle(percent);
            } else if (value instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else {
              cell.setCellValue(value.toString());
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  static Path csv(Path folder, List<Table> tables) throws IOException {
    Files.createDirectories(folder);
    for (Table table : tables) {
      List<String> lines = new ArrayList<>();
      lines.add(String.join(";", table.header()));
      for (List<Object> cells : table.rows()) {
        lines.add(cells.stream().map(TwoFormatWorkbook::csvField).collect(Collectors.joining(";")));
      }
      Files.writeString(
          folder.resolve(table.file()),
          String.join("\r\n", lines) + "\r\n",
          StandardCharsets.UTF_8);
    }
    return folder;
  }

  private static String csvField(Object value) {
    String text;
    if (value instanceof Share share) {
      text = swedish(share.percent()) + " %";
    } else if (value instanceof Number n) {
      text = swedish(n.doubleValue());
    } else {
      text = value.toString();
    }
    return text.contains(";") || text.contains("\"") || text.contains("\n")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }

  private static String swedish(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
  }
}

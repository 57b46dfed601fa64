package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook cases of the corpus: the valid {@link Fixture} workbook (text cells), changed in one
 * place with POI, or written as raw parts where POI would refuse (XXE, a million rows).
 */
final class CorpusWorkbooks {
  private CorpusWorkbooks() {}

  static Map<String, CorpusInputs.Generator> generators() {
    Map<String, CorpusInputs.Generator> map = new LinkedHashMap<>();
    map.put("xlsx-missing-sheet", t -> fixture(new Fixture().with("utfall", null), t));
    map.put(
        "xlsx-wrong-sheet-name",
        t -> edit(t, wb -> wb.setSheetName(wb.getSheetIndex("Utfall"), "Utfall 2022")));
    map.put(
        "xlsx-merged-header-hides-column",
        t ->
            edit(
                t,
                wb -> {
                  Sheet outcomes = wb.getSheet("Utfall");
                  outcomes.getRow(0).getCell(1).setBlank();
                  outcomes.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
                }));
    map.put(
        "xlsx-merged-data-cells",
        t ->
            edit(
                t,
                wb -> {
                  // M01 typed once and merged down over two periods: only the top cell holds it.
                  Sheet outcomes = wb.getSheet("Utfall");
                  Row row = outcomes.createRow(3);
                  row.createCell(1).setCellValue("2021-T1");
                  row.createCell(2).setCellValue("38");
                  outcomes.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
                  outcomes.getRow(2).getCell(0).setBlank();
                }));
    map.put("xlsx-formula-ref-error", t -> edit(t, wb -> formulaError(wb, "#REF!")));
    map.put("xlsx-formula-div0-error", t -> edit(t, wb -> formulaError(wb, "#DIV/0!")));
    map.put(
        "xlsx-external-link-formula",
        t ->
            edit(
                t,
                wb -> {
                  // A link into another workbook: only the cached value is used, never the file.
                  XSSFCell cell = wb.getSheet("Utfall").getRow(1).getCell(2);
                  cell.setCellValue(41);
                  cell.getCTCell().addNewF().setStringValue("[1]Blad1!C2");
                }));
    map.put(
        "xlsx-hidden-sheet-and-row",
        t ->
            edit(
                t,
                wb -> {
                  wb.setSheetVisibility(wb.getSheetIndex("Utfall"), SheetVisibility.HIDDEN);
                  Row row = wb.getSheet("Utfall").getRow(1);
                  row.setZeroHeight(true);
                  row.getCell(2).setCellValue("4l%");
                }));
    map.put(
        "xlsx-text-in-number-cells",
        t ->
            edit(
                t,
                wb -> {
                  Sheet outcomes = wb.getSheet("Utfall");
                  outcomes.getRow(1).getCell(2).setCellValue("4l%");
                  outcomes.getRow(1).getCell(3).setCellValue("ca 40");
                  outcomes.getRow(2).getCell(4).setCellValue("41,2,3");
                }));
    map.put(
        "xlsx-date-cell-in-number-column",
        t ->
            edit(
                t,
                wb -> {
                  XSSFCell cell = wb.getSheet("Utfall").getRow(1).getCell(2);
                  cell.setCellValue(java.time.LocalDate.of(2022, 4, 1));
                  cell.setCellStyle(style(wb, "yyyy-mm-dd"));
                }));
    map.put(
        "xlsx-date-as-serial-number",
        t ->
            edit(
                t,
                wb -> {
                  // Publiceringsdatum pasted as a plain number: 44712 is 2022-05-31 as a serial.
                  Row row = wb.getSheet("Rapport").getRow(5);
                  row.getCell(1).setCellValue(44712);
                }));
    map.put(
        "xlsx-trailing-styled-empty-rows",
        t ->
            edit(
                t,
                wb -> {
                  Sheet outcomes = wb.getSheet("Utfall");
                  CellStyle style = style(wb, "0");
                  for (int r = 3; r < 500; r++) {
                    outcomes.createRow(r).createCell(2).setCellStyle(style);
                  }
                  outcomes.createRow(600).createCell(6).setCellValue("   ");
                }));
    map.put(
        "xlsx-value-in-last-row-1048576",
        t ->
            edit(
                t,
                wb ->
                    wb.getSheet("Utfall").createRow(1_048_575).createCell(0).setCellValue("M99")));
    map.put(
        "xlsx-rtl-and-emoji-text",
        t ->
            edit(
                t,
                wb -> {
                  wb.getSheet("Utfall").getRow(1).getCell(6).setCellValue("تحسن ملحوظ 👍 שיפור");
                  wb.getSheet("Styrmått").getRow(1).getCell(3).setCellValue("Väntetid ⏱️ 🏥");
                }));
    map.put(
        "xlsx-script-and-freemarker-in-cells",
        t ->
            edit(
                t,
                wb -> {
                  Sheet outcomes = wb.getSheet("Utfall");
                  outcomes.getRow(1).getCell(6).setCellValue("<script>alert(1)</script>${7*7}");
                  outcomes.getRow(1).getCell(2).setCellValue("<#assign x=1>${x}");
                }));
    map.put("xlsx-1048576-rows", CorpusWorkbooks::millionRows);
    map.put("xlsx-xxe-doctype", CorpusWorkbooks::xxe);
    return map;
  }

  private static void fixture(Fixture fixture, Path target) throws IOException {
    fixture.writeXlsx(target);
  }

  /** The fixture workbook changed by {@code change}, written to {@code target}. */
  static void edit(Path target, Consumer<XSSFWorkbook> change) throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(target)) {
      change.accept(workbook);
      workbook.write(out);
    }
    Files.delete(plain);
  }

  private static CellStyle style(XSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /** Kvinnor of M01 as a formula whose cached value is an error, as Excel saves it. */
  private static void formulaError(XSSFWorkbook workbook, String error) {
    XSSFCell cell = workbook.getSheet("Utfall").getRow(1).getCell(2);
    cell.setCellFormula("C3/0");
    cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forString(error));
  }

  /**
   * The Utfall sheet replaced by one with a value in each of the 1 048 576 rows Excel allows,
   * written as raw XML (POI's usermodel would need gigabytes to build it).
   */
  private static void millionRows(Path target) throws IOException {
    replaceSheetXml(
        target,
        "Utfall",
        out -> {
          StringBuilder rows = new StringBuilder(1 << 16);
          for (int r = 1; r <= 1_048_576; r++) {
            rows.append("<row r=\"")
                .append(r)
                .append("\"><c r=\"A")
                .append(r)
                .append("\" t=\"inlineStr\"><is><t>M")
                .append(r)
                .append("</t></is></c></row>");
            if (rows.length() > 60_000) {
              out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
              rows.setLength(0);
            }
          }
          out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        });
  }

  /**
   * The Utfall sheet with a DOCTYPE declaring an external entity that points at a local file. The
   * test around it checks that the file's content never shows up.
   */
  private static void xxe(Path target) throws IOException {
    Path secret = target.resolveSibling("hemlig.txt");
    Files.writeString(secret, "HEMLIGT-INNEHALL-4711");
    String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    replaceSheetXml(
        target,
        "Utfall",
        doctype,
        out ->
            out.write(
                ("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ID</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Period</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>2022-T1</t></is></c></row>")
                    .getBytes(StandardCharsets.UTF_8)));
  }

  interface SheetData {
    void write(OutputStream out) throws IOException;
  }

  private static void replaceSheetXml(Path target, String sheetName, SheetData data)
      throws IOException {
    replaceSheetXml(target, sheetName, "", data);
  }

  /** Rewrites one sheet part of the fixture workbook with {@code data} as its sheetData rows. */
  private static void replaceSheetXml(Path target, String sheetName, String doctype, SheetData data)
      throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    String part;
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      part =
          workbook
              .getSheet(sheetName)
              .getPackagePart()
              .getPartName()
              .getName()
              .substring(1); // zip entry names have no leading slash
    }
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          out.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                      + doctype
                      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      + "<sheetData>")
                  .getBytes(StandardCharsets.UTF_8));
          data.write(out);
          out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }
}

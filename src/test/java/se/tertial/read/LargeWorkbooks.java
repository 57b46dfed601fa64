package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a large but valid workbook at test time (nothing this size is committed): the {@link
 * Fixture} workbook plus a helper sheet "Hjälpdata" of random numbers and its own shared strings
 * (about 25 MB packed, over 100 MB unpacked), and styled empty cells in Utfall down to Excel's last
 * row 1 048 576 — what real workbooks carry along and what a reader must not hold in memory. Also
 * runnable on its own ({@code main}) to measure reading by hand.
 */
final class LargeWorkbooks {
  private LargeWorkbooks() {}

  /** Writes the workbook to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    largeHelperSheet(Path.of(args[0]));
  }

  /** The large workbook described above; about 25 MB. */
  static void largeHelperSheet(Path target) throws IOException {
    Path plain = target.resolveSibling("plain-large.tmp");
    CorpusWorkbooks.edit(plain, wb -> wb.createSheet("Hjälpdata"));
    String helperPart;
    String outcomesPart;
    try (InputStream in = Files.newInputStream(plain);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      helperPart = partName(workbook, "Hjälpdata");
      outcomesPart = partName(workbook, "Utfall");
    }
    Random random = new Random(4711);
    int helperStrings = 100_000;
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        String xml;
        try (InputStream in = zip.getInputStream(entry)) {
          xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (entry.getName().equals(helperPart)) {
          writeSheet(out, xml, (o) -> helperRows(o, random, helperStrings));
        } else if (entry.getName().equals(outcomesPart)) {
          writeSheet(out, xml, LargeWorkbooks::styledEmptyRows);
        } else if (entry.getName().equals("xl/sharedStrings.xml")) {
          sharedStrings(out, xml, random, helperStrings);
        } else {
          out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  private static String partName(XSSFWorkbook workbook, String sheet) {
    return workbook.getSheet(sheet).getPackagePart().getPartName().getName().substring(1);
  }

  private interface Rows {
    void write(OutputStream out) throws IOException;
  }

  /** The sheet's XML with {@code rows} added at the end of its sheetData. */
  private static void writeSheet(OutputStream out, String xml, Rows rows) throws IOException {
    String open = xml.replace("<sheetData/>", "<sheetData></sheetData>");
    int end = open.indexOf("</sheetData>");
    out.write(open.substring(0, end).getBytes(StandardCharsets.UTF_8));
    rows.write(out);
    out.write(open.substring(end).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * 90 000 rows (under the row limit) of 19 random numbers, every tenth cell a helper shared
   * string.
   */
  private static void helperRows(OutputStream out, Random random, int strings) throws IOException {
    StringBuilder rows = new StringBuilder(1 << 16);
    for (int r = 1; r <= 90_000; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < 19; c++) {
        String ref = (char) ('A' + c) + Integer.toString(r);
        if (c % 10 == 9) {
          rows.append("<c r=\"").append(ref).append("\" t=\"s\"><v>");
          rows.append(2 + random.nextInt(strings)).append("</v></c>");
        } else {
          rows.append("<c r=\"").append(ref).append("\"><v>");
          rows.append(random.nextInt(1_000_000_000) / 1000.0).append("</v></c>");
        }
      }
      rows.append("</row>");
      if (rows.length() > 60_000) {
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        rows.setLength(0);
      }
    }
    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A styled empty cell in every row from 10 to 1 048 576, as a formatted column leaves. */
  private static void styledEmptyRows(OutputStream out) throws IOException {
    StringBuilder rows = new StringBuilder(1 << 16);
    for (int r = 10; r <= 1_048_576; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"C")
          .append(r)
          .append("\" s=\"0\"/></row>");
      if (rows.length() > 60_000) {
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        rows.setLength(0);
      }
    }
    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The fixture's shared strings followed by {@code count} random helper strings. The helper cells
   * use indexes from 2 up, so the first ones are the fixture's own: both are valid.
   */
  private static void sharedStrings(OutputStream out, String xml, Random random, int count)
      throws IOException {
    int end = xml.indexOf("</sst>");
    String head = xml.substring(0, end).replaceAll(" (unique)?[cC]ount=\"\\d+\"", "");
    out.write(head.getBytes(StandardCharsets.UTF_8));
    StringBuilder strings = new StringBuilder(1 << 16);
    for (int i = 0; i < count; i++) {
      strings.append("<si><t>Hjälptext ");
      for (int k = 0; k < 6; k++) {
        strings.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
      }
      strings.append("</t></si>");
      if (strings.length() > 60_000) {
        out.write(strings.toString().getBytes(StandardCharsets.UTF_8));
        strings.setLength(0);
      }
    }
    out.write(strings.toString().getBytes(StandardCharsets.UTF_8));
    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
  }
}

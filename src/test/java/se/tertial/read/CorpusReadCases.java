package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Corpus cases for what the low-level readers find: workbook cells written as raw XML the way other
 * programs write them (openpyxl's formulas without a value, {@code t="d"} dates, {@code #SPILL!},
 * NaN), damaged parts, Strict OOXML, CSV encodings, stray quotes, control characters, decomposed
 * Unicode, deep markdown, lock files and links out of the folder. Each starts from the valid {@link
 * Fixture} and changes one thing.
 */
final class CorpusReadCases {
  /** Fixture sheet parts in the order POI writes them. */
  static final String RAPPORT = "xl/worksheets/sheet1.xml";

  static final String UTFALL = "xl/worksheets/sheet3.xml";

  private CorpusReadCases() {}

  static Map<String, CorpusInputs.Generator> generators() {
    Map<String, CorpusInputs.Generator> map = new LinkedHashMap<>();
    // openpyxl/pandas style: formulas saved without a cached value.
    map.put(
        "xlsx-formula-without-cached-value",
        t -> xml(t, UTFALL, cell("C2", "<c r=\"C2\"><f>40+1</f></c>")));
    map.put(
        "xlsx-openpyxl-formula-empty-value",
        t -> xml(t, UTFALL, cell("C2", "<c r=\"C2\"><f>40+1</f><v></v></c>")));
    map.put(
        "xlsx-formula-without-value-not-computable",
        t ->
            xml(
                t,
                UTFALL,
                cell("C2", "<c r=\"C2\"><f>[1]Blad1!C2</f></c>")
                        .andThen(cell("D2", "<c r=\"D2\"><f>20*2</f></c>"))
                    ::apply));
    map.put(
        "xlsx-spill-error",
        t ->
            xml(t, UTFALL, cell("C2", "<c r=\"C2\" t=\"e\"><f>SEQUENCE(3)</f><v>#SPILL!</v></c>")));
    map.put(
        "xlsx-iso-date-cells",
        t ->
            xml(
                t,
                Map.of(
                    RAPPORT,
                    cell("B6", "<c r=\"B6\" t=\"d\"><v>2022-05-31T00:00:00</v></c>"),
                    UTFALL,
                    cell("D2", "<c r=\"D2\" t=\"d\"><v>2022-13-45</v></c>"))));
    map.put(
        "xlsx-nan-and-infinity",
        t ->
            xml(
                t,
                UTFALL,
                cell("C2", "<c r=\"C2\"><v>NaN</v></c>")
                        .andThen(cell("D2", "<c r=\"D2\"><v>INF</v></c>"))
                    ::apply));
    map.put(
        "xlsx-shared-string-out-of-range",
        t -> xml(t, UTFALL, cell("G2", "<c r=\"G2\" t=\"s\"><v>99999</v></c>")));
    map.put(
        "xlsx-cell-beyond-xfd",
        t ->
            xml(
                t,
                UTFALL,
                x -> {
                  int row2 = x.indexOf("</row>", x.indexOf("<row r=\"2\""));
                  return x.substring(0, row2) + "<c r=\"XFE2\"><v>1</v></c>" + x.substring(row2);
                }));
    map.put("xlsx-duplicate-row-number", t -> xml(t, UTFALL, CorpusReadCases::duplicateRow2));
    map.put(
        "xlsx-unknown-cell-type",
        t -> xml(t, UTFALL, cell("C2", "<c r=\"C2\" t=\"x\"><v>41</v></c>")));
    map.put(
        "xlsx-control-characters",
        t ->
            xml(
                t,
                UTFALL,
                cell(
                    "G2",
                    "<c r=\"G2\" t=\"inlineStr\"><is><t>Bättre_x0007_ än_x0000_ i fjol.</t></is></c>")));
    map.put(
        "xlsx-publication-date-serial-0",
        t ->
            CorpusWorkbooks.edit(
                t,
                wb -> {
                  // A date cell holding serial 0: Excel shows 1900-01-00, POI 1899-12-31.
                  var cell = wb.getSheet("Rapport").getRow(5).getCell(1);
                  cell.setCellValue(0);
                  var style = wb.createCellStyle();
                  style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                  cell.setCellStyle(style);
                }));
    map.put("xlsx-strict-ooxml", CorpusReadCases::strict);
    map.put("xlsx-excel-lock-file", CorpusReadCases::lockFile);
    map.put("csv-utf16-without-bom", t -> csvEncoded(t, StandardCharsets.UTF_16LE, new byte[0]));
    map.put(
        "csv-utf32-with-bom",
        t ->
            csvEncoded(
                t, Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}));
    map.put("csv-utf8-one-bad-byte", CorpusReadCases::oneBadByte);
    map.put(
        "csv-stray-quote-in-one-row",
        t ->
            new Fixture()
                .with(
                    "utfall",
                    """
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01;2022-T1;41;40;;;"Bättre än i fjol.;
                    M02;2022-T1;;;-17,7;;"Se ""bilaga"" 2";
                    """)
                .writeCsv(t));
    map.put(
        "csv-control-characters",
        t ->
            new Fixture()
                .with(
                    "utfall",
                    """
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01;2022-T1;41;40;;;Bättre\u0007 än i fjol.\u001b[8m;
                    M02;2022-T1;;;-17,7;;;
                    """)
                .writeCsv(t));
    map.put(
        "csv-decomposed-unicode",
        t ->
            new Fixture()
                .with(
                    "styrmatt",
                    """
                    ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod
                    M01;Medborgare;God vård;Andel väntat under 90 dagar;70%;Högre är bättre;%;DA\u030a04,08,A\u030aR
                    M02;Ekonomi;Budget i balans;Resultat;0,0;Högre är bättre;mnkr;DA\u030a04,08,A\u030aR
                    """)
                .with(
                    "utfall",
                    """
                    ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning
                    M01;2022-T1;41;40;;;Bättre än i fjol.;
                    M02;2022-T1;;;-17,7;;;
                    M02;2021-A\u030aR;;;-20,1;;;
                    """)
                .writeCsv(t));
    map.put(
        "csv-deeply-nested-markdown",
        t ->
            new Fixture()
                .with(
                    "texter",
                    "Avsnitt;Rubrik;Text\nInledning;Inledning;" + "> ".repeat(2000) + "x\n")
                .writeCsv(t));
    map.put(
        "csv-publication-date-year-2222",
        t ->
            new Fixture()
                .with(
                    "rapport",
                    """
                    Fält;Värde
                    Titel;Testrapport
                    Organisation;Region Test
                    Enhet;Division Test
                    Period;2022-T1
                    Publiceringsdatum;2222-05-31
                    """)
                .writeCsv(t));
    map.put("csv-renamed-file", CorpusReadCases::renamedFile);
    map.put("csv-symlink-out-of-folder", CorpusReadCases::symlink);
    map.put("csv-logo-symlink-out-of-folder", CorpusReadCases::logoSymlink);
    return map;
  }

  /** Replaces the cell {@code ref} (empty or not) of a sheet part with {@code xml}. */
  static UnaryOperator<String> cell(String ref, String xml) {
    Pattern pattern = Pattern.compile("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)");
    return sheet -> {
      Matcher m = pattern.matcher(sheet);
      if (!m.find()) {
        throw new IllegalStateException("no cell " + ref);
      }
      return sheet.substring(0, m.start()) + xml + sheet.substring(m.end());
    };
  }

  /** Row 2 written twice: Excel never does, a hand-made or damaged file may. */
  private static String duplicateRow2(String sheet) {
    Matcher m = Pattern.compile("<row r=\"2\".*?</row>").matcher(sheet);
    if (!m.find()) {
      throw new IllegalStateException("no row 2");
    }
    return sheet.substring(0, m.end()) + m.group() + sheet.substring(m.end());
  }

  private static void xml(Path target, String part, UnaryOperator<String> change)
      throws IOException {
    xml(target, Map.of(part, change));
  }

  /** The fixture workbook with some parts' XML changed. */
  static void xml(Path target, Map<String, UnaryOperator<String>> changes) throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain-xml.tmp"));
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        String text;
        try (InputStream in = zip.getInputStream(entry)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        UnaryOperator<String> change =
            changes.getOrDefault(entry.getName(), UnaryOperator.identity());
        out.write(change.apply(text).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  /**
   * The fixture saved as "Strict Open XML": the same parts under the purl.oclc.org namespaces Excel
   * writes in that format.
   */
  private static void strict(Path target) throws IOException {
    UnaryOperator<String> strict =
        x ->
            x.replace(
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships");
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain-strict.tmp"));
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          out.write(strict.apply(text).getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  /** A valid workbook with Excel's lock file beside it: the workbook is open in Excel. */
  private static void lockFile(Path target) throws IOException {
    new Fixture().writeXlsx(target);
    Files.write(
        target.resolveSibling("~$" + target.getFileName()),
        "\u0005Anna Analytiker".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The valid CSV folder with every file in {@code charset}, after {@code bom}. */
  private static void csvEncoded(Path folder, Charset charset, byte[] bom) throws IOException {
    new Fixture().writeCsv(folder);
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        byte[] body = Files.readString(file, StandardCharsets.UTF_8).getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
      }
    }
  }

  /** atgardsstatus.csv in UTF-8 with one "å" as a lone Windows-1252 byte on row 3. */
  private static void oneBadByte(Path folder) throws IOException {
    new Fixture().writeCsv(folder);
    byte[] bytes =
        "Nr;Period;Status;Kommentar\n1;2022-T1;Pågår enligt plan;Piloten är igång.\n2;2022-T1;Genomförd;Klart i mars#\n"
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '#') {
        bytes[i] = (byte) 0xE5;
      }
    }
    Files.write(folder.resolve("atgardsstatus.csv"), bytes);
  }

  /** styrmatt.csv renamed by the analyst: one error listing the files, no error per outcome. */
  private static void renamedFile(Path folder) throws IOException {
    new Fixture().writeCsv(folder);
    Files.move(folder.resolve("styrmatt.csv"), folder.resolve("Styrmått 2024.csv"));
  }

  /** utfall.csv is a link to a file outside the folder: refused, its content never read. */
  private static void symlink(Path folder) throws IOException {
    new Fixture().writeCsv(folder);
    Path secret = folder.resolveSibling("hemlig.csv");
    Files.copy(folder.resolve("utfall.csv"), secret);
    Files.writeString(
        secret, "ID;Period;Kvinnor\nHEMLIGT-INNEHALL;2022-T1;1\n", StandardCharsets.UTF_8);
    Files.delete(folder.resolve("utfall.csv"));
    Files.createSymbolicLink(folder.resolve("utfall.csv"), secret);
  }

  /** A CSV folder whose logo.png links to a file outside it. */
  private static void logoSymlink(Path folder) throws IOException {
    new Fixture().writeCsv(folder);
    Path secret = folder.resolveSibling("hemlig.txt");
    Files.writeString(secret, "HEMLIGT-INNEHALL", StandardCharsets.UTF_8);
    Files.createSymbolicLink(folder.resolve("logo.png"), secret);
  }
}

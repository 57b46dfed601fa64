package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Builds the corpus inputs that are binary, huge or need file-system tricks, at test time into a
 * temporary folder: nothing big or opaque is committed, and the inputs always match the POI version
 * in use. Workbook cases live in {@link CorpusWorkbooks}. Keyed by case folder name.
 */
final class CorpusInputs {
  /** Writes one case's input at the given path. */
  interface Generator {
    void write(Path target) throws Exception;
  }

  private static final Map<String, Generator> GENERATORS = new TreeMap<>();

  static {
    GENERATORS.putAll(CorpusWorkbooks.generators());
    GENERATORS.putAll(CorpusReadCases.generators());
    GENERATORS.putAll(CorpusLayoutCases.generators());
    GENERATORS.putAll(CorpusSystemCases.generators());
    GENERATORS.put("file-empty", target -> Files.createFile(target));
    GENERATORS.put(
        "file-directory-instead-of-workbook",
        target -> {
          Files.createDirectories(target);
          Files.writeString(target.resolve("Blad1.xml"), "<x/>");
        });
    GENERATORS.put("file-xls-biff8", CorpusInputs::xls);
    GENERATORS.put("file-encrypted-workbook", CorpusInputs::encrypted);
    GENERATORS.put("file-zip-bomb", CorpusInputs::zipBomb);
    GENERATORS.put("file-numbers", CorpusInputs::numbers);
    GENERATORS.put("file-workbook-too-large", CorpusInputs::sparseHugeZip);
    GENERATORS.put("file-unreadable", CorpusInputs::unreadable);
    GENERATORS.put("csv-long-cell-1mb", CorpusInputs::longCell);
    GENERATORS.put("csv-too-many-measures", CorpusInputs::tooManyMeasures);
  }

  private CorpusInputs() {}

  /** The generator for a case, or null when the case's input is committed. */
  static Generator forCase(String name) {
    return GENERATORS.get(name);
  }

  private static void xls(Path target) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(target)) {
      workbook.createSheet("Rapport").createRow(0).createCell(0).setCellValue("Fält");
      workbook.write(out);
    }
  }

  private static void encrypted(Path target) throws Exception {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("hemligt");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        fs.writeFilesystem(out);
      }
    }
    Files.delete(plain);
  }

  /** A valid workbook whose first sheet is padded with 20 MB of spaces: over 1000:1. */
  /** An xlsx whose first sheet is padded with 20 MB of spaces: it deflates over 1000:1. */
  static void zipBomb(Path target) throws IOException {
    Path plain = new Fixture().writeXlsx(target.resolveSibling("plain.tmp"));
    try (ZipFile zip = new ZipFile(plain.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
          byte[] data = in.readAllBytes();
          if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
            String xml = new String(data, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
              out.write(spaces);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
          } else {
            out.write(data);
          }
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  private static void numbers(Path target) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      out.putNextEntry(new ZipEntry("Index/Document.iwa"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
  }

  /** Zip magic followed by a hole: a sparse file over the size cap that takes no disk space. */
  private static void sparseHugeZip(Path target) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
      file.write(new byte[] {0x50, 0x4B, 0x03, 0x04});
      file.setLength(Limits.MAX_WORKBOOK_BYTES + 1);
    }
  }

  private static void unreadable(Path target) throws IOException {
    new Fixture().writeXlsx(target);
    if (!target.toFile().setReadable(false, false)) {
      throw new IOException("cannot make " + target + " unreadable");
    }
  }

  /** A valid folder whose Kommentar holds 1 MB of text: far beyond Excel's 32 767 characters. */
  private static void longCell(Path target) throws IOException {
    String comment = "Lång kommentar. ".repeat(65_536);
    new Fixture()
        .with(
            "utfall",
            "ID;Period;Kvinnor;Män;Totalt;Värdetext;Kommentar;Bedömning\n"
                + "M01;2022-T1;41;40;;;"
                + comment
                + ";\n"
                + "M02;2022-T1;;;-17,7;;;\n")
        .writeCsv(target);
  }

  /** One measure over the cap, each with its outcome, so the cap is the only finding. */
  private static void tooManyMeasures(Path target) throws IOException {
    StringBuilder measures =
        new StringBuilder("ID;Perspektiv;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod\n");
    StringBuilder outcomes = new StringBuilder("ID;Period;Totalt\n");
    for (int i = 1; i <= Limits.MAX_MEASURES + 1; i++) {
      measures.append("M").append(i).append(";Ekonomi;Mått ").append(i).append(";Öka;+;st;ÅR\n");
      outcomes.append("M").append(i).append(";2022-T1;").append(i).append('\n');
    }
    new Fixture()
        .with("styrmatt", measures.toString())
        .with("utfall", outcomes.toString())
        .writeCsv(target);
  }
}

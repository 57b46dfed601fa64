package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.testing.ReadInput;

/** Files that are no readable input: each gives exactly one clear finding and no report. */
class BadInputTest {
  @TempDir Path dir;

  private static void assertSingleError(ReadResult result, String expected) {
    assertThat(result.findings()).map(Finding::toString).containsExactly(expected);
    assertThat(result.findings()).allMatch(Finding::isError);
    assertThat(result.report()).isEmpty();
  }

  @Test
  void missingFileIsNamedWithItsPath() {
    Path missing = dir.resolve("finns-inte.xlsx");

    assertSingleError(ReadInput.read(missing), missing + ": filen eller mappen finns inte");
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    Path empty = Files.createFile(dir.resolve("tom.xlsx"));

    assertSingleError(ReadInput.read(empty), "tom.xlsx: filen är tom");
  }

  @Test
  void renamedTextFileIsNoWorkbook() throws IOException {
    Path text = Files.writeString(dir.resolve("budget.xlsx"), "Det här är ingen arbetsbok.\n");

    assertSingleError(
        ReadInput.read(text),
        "budget.xlsx: filen är ingen Excel-arbetsbok (.xlsx) och ingen mapp med CSV-filer");
  }

  @Test
  void singleCsvFileAsksForTheFolder() throws IOException {
    Path csv = Files.writeString(dir.resolve("utfall.csv"), "ID;Period\nM01;2022-T1\n");

    assertSingleError(
        ReadInput.read(csv),
        "utfall.csv: filen är en enskild CSV-fil; ange mappen som innehåller rapport.csv,"
            + " styrmatt.csv, utfall.csv …");
  }

  @Test
  void directoryWithoutCsvFilesIsAnError() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("bilagor"));
    Files.writeString(folder.resolve("anteckningar.docx"), "x");

    assertSingleError(
        ReadInput.read(folder),
        "bilagor/: mappen innehåller inga CSV-filer (rapport.csv, styrmatt.csv, utfall.csv …);"
            + " ange en arbetsbok (.xlsx) eller mappen med CSV-filerna");
  }

  @Test
  void oldExcelFileAsksToSaveAsXlsx() throws IOException {
    Path xls = dir.resolve("enhet.xlsx"); // the name lies; the content decides
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      workbook.createSheet("Rapport").createRow(0).createCell(0).setCellValue("Fält");
      workbook.write(out);
    }

    assertSingleError(
        ReadInput.read(xls),
        "enhet.xlsx: filen är en gammal Excel-fil (.xls); öppna den i Excel och spara som .xlsx");
  }

  @Test
  void encryptedWorkbookIsAnError() throws Exception {
    Path plain = new Fixture().writeXlsx(dir.resolve("plain.xlsx"));
    Path encrypted = dir.resolve("hemlig.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("hemligt");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }

    assertSingleError(
        ReadInput.read(encrypted),
        "hemlig.xlsx: arbetsboken är lösenordsskyddad; ta bort lösenordet i Excel och spara som"
            + " .xlsx");
  }

  @Test
  void zipBombIsRefused() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    CorpusInputs.zipBomb(bomb);

    assertSingleError(
        ReadInput.read(bomb),
        "bomb.xlsx: arbetsboken packas upp till orimligt mycket data och läses inte (möjlig"
            + " zip-bomb)");
  }

  @Test
  void truncatedZipIsACorruptWorkbook() throws IOException {
    byte[] whole = Files.readAllBytes(new Fixture().writeXlsx(dir.resolve("plain.xlsx")));
    Path cut = Files.write(dir.resolve("avbruten.xlsx"), java.util.Arrays.copyOf(whole, 600));

    assertSingleError(
        ReadInput.read(cut),
        "avbruten.xlsx: arbetsboken är skadad och kan inte läsas; öppna den i Excel och spara som"
            + " .xlsx");
  }

  @Test
  void numbersFileAsksForAnExport() throws IOException {
    Path numbers = dir.resolve("enhet.numbers");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(numbers))) {
      out.putNextEntry(new ZipEntry("Index/Document.iwa"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }

    assertSingleError(
        ReadInput.read(numbers),
        "enhet.numbers: filen är en Numbers-fil; exportera den till Excel (.xlsx) i Numbers");
  }

  @Test
  void openDocumentSpreadsheetAsksToSaveAsXlsx() throws IOException {
    Path ods = dir.resolve("enhet.ods");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ods))) {
      out.putNextEntry(new ZipEntry("mimetype"));
      out.write(
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("content.xml"));
      out.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
      out.closeEntry();
    }

    assertSingleError(
        ReadInput.read(ods),
        "enhet.ods: filen är ett OpenDocument-kalkylark (.ods); spara som .xlsx");
  }
}

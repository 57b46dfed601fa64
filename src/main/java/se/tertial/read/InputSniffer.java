package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells workbooks, encrypted workbooks, old Excel files and other files apart by content. */
final class InputSniffer {
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};

  /** Where Excel keeps the workbook part; other programs may keep it elsewhere. */
  private static final String EXCEL_WORKBOOK = "xl/workbook.xml";

  private InputSniffer() {}

  static InputFormat sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    }
    if (head.length == 0) {
      return InputFormat.EMPTY;
    }
    if (startsWith(head, OLE2)) {
      return sniffOle2(file);
    }
    if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
      return sniffZip(file);
    }
    return looksLikeCsv(head, file) ? InputFormat.CSV_FILE : InputFormat.OTHER;
  }

  private static InputFormat sniffOle2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        return InputFormat.ENCRYPTED;
      }
      return root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")
          ? InputFormat.XLS
          : InputFormat.OTHER;
    } catch (IOException | RuntimeException e) {
      return InputFormat.CORRUPT;
    }
  }

  // Only the central directory, the package relationships and the workbook part's first bytes are
  // read here; POI does the hardened reading of the contents.
  private static InputFormat sniffZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String main =
          OfficeDocument.target(zip)
              .filter(target -> zip.getEntry(target) != null)
              .orElse(EXCEL_WORKBOOK);
      var workbook = zip.getEntry(main);
      if (workbook != null && main.endsWith(".bin")) {
        return InputFormat.XLSB;
      }
      if (workbook != null
          && (main.equals(EXCEL_WORKBOOK) || OfficeDocument.isSpreadsheet(zip, main))) {
        try (InputStream in = zip.getInputStream(workbook)) {
          String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
          // Strict Open XML names its parts with purl.oclc.org namespaces; POI reads only the
          // transitional format that Excel saves by default.
          return head.contains("purl.oclc.org/ooxml/spreadsheetml/main")
              ? InputFormat.XLSX_STRICT
              : InputFormat.XLSX;
        }
      }
      if (zip.getEntry("xl/workbook.bin") != null) {
        return InputFormat.XLSB;
      }
      if (zip.stream().anyMatch(e -> e.getName().startsWith("Index/"))) {
        return InputFormat.NUMBERS;
      }
      var mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() < 200) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
          if (type.contains("opendocument.spreadsheet")) {
            return InputFormat.ODS;
          }
        }
      }
      return InputFormat.OTHER;
    } catch (IOException | RuntimeException e) {
      return InputFormat.CORRUPT;
    }
  }

  /**
   * What a file that should be a CSV file's text is instead, when its content says it is a
   * workbook, a zip or OLE2 container, or a PDF: the format's description for the finding, or empty
   * when it may be text (decoding decides the rest).
   */
  static Optional<String> notText(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("format.pdf");
    }
    if (!startsWith(head, OLE2) && !startsWith(head, ZIP) && !startsWith(head, EMPTY_ZIP)) {
      return Optional.empty();
    }
    InputFormat kind = sniff(file);
    return Optional.of(
        switch (kind) {
          case XLSX, XLSX_STRICT -> "format.xlsx";
          case XLSB -> "format.xlsb";
          case XLS -> "format.xls";
          case ENCRYPTED -> "format.encrypted";
          case ODS -> "format.ods";
          case NUMBERS -> "format.numbers";
          default -> startsWith(head, OLE2) ? "format.ole2" : "format.zip";
        });
  }

  private static boolean looksLikeCsv(byte[] head, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }
}

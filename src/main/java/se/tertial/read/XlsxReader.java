package se.tertial.read;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import se.tertial.model.SourceRef;
import se.tertial.read.XlsxSheetParser.XlsxCell;

/**
 * Reads the sheets of an {@code .xlsx}/{@code .xlsm} workbook that the input contract uses into raw
 * tables, streaming each sheet's XML: only the rows with content of the contract's sheets are held
 * in memory, and other sheets (however large) are never inflated. Shared strings are streamed too,
 * keeping only the entries those sheets use. Hidden sheets and hidden rows are read like visible
 * ones: hiding is a display choice, and silently dropping data an analyst entered would be worse
 * than showing it.
 */
final class XlsxReader {
  /** Stricter than POI's default of 0.01, looser where real styles.xml files trip it. */
  static final double MIN_INFLATE_RATIO = 0.005;

  static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
  static final long MAX_TEXT_SIZE = 50L * 1024 * 1024;

  /**
   * Parts (zip entries) a workbook may have: POI's own default, stated here so that it is tertial's
   * documented limit. A unit's workbook has a few tens; a workbook with hundreds of sheets or
   * images is no unit's report.
   */
  static final int MAX_ZIP_ENTRIES = 1000;

  /**
   * Sets POI's zip limits (process-wide in POI, there is no per-file setting) to tertial's values,
   * so a zip bomb stops at a known limit whoever else uses POI in the process. Idempotent: every
   * read sets the same constants, so no order of first use matters and tertial keeps no state.
   */
  static void applyZipLimits() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
  }

  /** How many entries the zip's central directory lists, or -1 when it cannot be read. */
  private static int entries(File file) {
    try (ZipFile zip = new ZipFile(file)) {
      return zip.size();
    } catch (IOException e) {
      return -1;
    }
  }

  /** One contract sheet as streamed, before its cells are turned into values. */
  private record Streamed(String name, XlsxSheetParser.Sheet sheet) {}

  Optional<RawInput> read(File file, Findings findings, List<Table> known) {
    String name = file.getName();
    applyZipLimits();
    int entries = entries(file);
    if (entries > MAX_ZIP_ENTRIES) {
      findings.error("input.tooManyParts", SourceRef.file(name), MAX_ZIP_ENTRIES, entries);
      return Optional.empty();
    }
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XMLInputFactory factory = XMLHelper.newXMLInputFactory();
      XlsxPackage workbook = XlsxPackage.open(pkg, factory);
      List<String> found = new ArrayList<>();
      Map<Table, Streamed> streamed = new TreeMap<>(Table.inOrderOf(known));
      XlsxSheetParser parser = new XlsxSheetParser(factory, Limits.MAX_ROWS);
      for (XlsxPackage.SheetRef ref : workbook.sheets()) {
        try (InputStream in = workbook.open(ref)) {
          String sheetName = ref.name();
          found.add(sheetName);
          Optional<Table> kind = Table.bySheetName(known, sheetName);
          if (kind.isEmpty()) {
            continue; // helper sheets (lists, notes) are the analyst's own business: never read
          }
          if (streamed.containsKey(kind.get())) {
            findings.warning(
                "sheet.duplicate",
                SourceRef.sheet(name, sheetName),
                streamed.get(kind.get()).name());
            continue;
          }
          XlsxSheetParser.Sheet sheet = parser.parse(in);
          if (sheet.tooManyRows()) {
            findings.error("table.tooManyRows", SourceRef.sheet(name, sheetName), Limits.MAX_ROWS);
            return Optional.empty();
          }
          streamed.put(kind.get(), new Streamed(sheetName, sheet));
        }
      }
      XlsxSharedStrings strings = sharedStrings(workbook, factory, streamed);
      XlsxCells cells = new XlsxCells(styles(workbook, factory), workbook.date1904());
      XlsxTableBuilder builder = new XlsxTableBuilder(file, cells, strings, findings);
      streamed.forEach((kind, s) -> builder.add(kind, s.name(), s.sheet()));
      return Optional.of(new RawInput(name, true, builder.finish(), found));
    } catch (IOException | OpenXML4JException | XMLStreamException e) {
      findings.error(damage(e), SourceRef.file(name), MAX_ZIP_ENTRIES);
      return Optional.empty();
    } catch (RuntimeException e) {
      if (!isBadInput(e)) {
        throw e; // a programming error: exit 3 with the trace under --debug, never "skadad"
      }
      findings.error(damage(e), SourceRef.file(name), MAX_ZIP_ENTRIES);
      return Optional.empty();
    }
  }

  /**
   * Whether an unchecked exception out of POI or the XML parser means the file is damaged: POI's
   * own format exceptions, or any exception caused by an I/O, zip or XML error. Anything else (a
   * NullPointerException, an index out of bounds) is a bug in tertial and must not be blamed on the
   * analyst's workbook.
   */
  static boolean isBadInput(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof POIXMLException
          || t instanceof OpenXML4JRuntimeException
          || t instanceof UnsupportedFileFormatException
          || t instanceof EmptyFileException
          || t instanceof RecordFormatException
          || t instanceof IOException
          || t instanceof XMLStreamException
          || t instanceof OpenXML4JException
          || t instanceof SAXException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The shared strings the contract sheets refer to, streamed from the shared-strings part. */
  private static XlsxSharedStrings sharedStrings(
      XlsxPackage workbook, XMLInputFactory factory, Map<Table, Streamed> streamed)
      throws IOException, XMLStreamException {
    BitSet wanted = new BitSet();
    for (Streamed s : streamed.values()) {
      for (XlsxSheetParser.XlsxRow row : s.sheet().rows()) {
        for (XlsxCell cell : row.cells()) {
          int index = cell.type().equals("s") ? XlsxCells.sharedIndex(cell.value()) : -1;
          if (index >= 0 && index < Integer.MAX_VALUE) {
            wanted.set(index);
          }
        }
      }
    }
    if (wanted.isEmpty()) {
      return XlsxSharedStrings.NONE;
    }
    InputStream in;
    try {
      in = workbook.sharedStrings();
    } catch (OpenXML4JException | RuntimeException e) {
      return XlsxSharedStrings.NONE; // no shared-strings part: every index is reported missing
    }
    if (in == null) {
      return XlsxSharedStrings.NONE;
    }
    try (in) {
      return XlsxSharedStrings.read(factory, in, wanted);
    }
  }

  /**
   * The cell styles' number formats. No styles part, or one that cannot be read, means every number
   * is shown in the General format, as Excel would show it without formats.
   */
  private static XlsxStyles styles(XlsxPackage workbook, XMLInputFactory factory) {
    InputStream in;
    try {
      in = workbook.styles();
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      return XlsxStyles.NONE;
    }
    if (in == null) {
      return XlsxStyles.NONE;
    }
    try (in) {
      return XlsxStyles.read(factory, in);
    } catch (IOException e) {
      return XlsxStyles.NONE;
    }
  }

  /** The finding for a workbook POI could not open: too many parts, a zip bomb, or damage. */
  private static String damage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("MAX_FILE_COUNT")) {
        return "input.tooManyPartsPoi";
      }
    }
    return isZipBomb(e) ? "input.zipBomb" : "input.corrupt";
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("Zip bomb") || message.contains("exceeds the max"))) {
        return true;
      }
    }
    return false;
  }
}

package se.tertial.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/**
 * The parts of an {@code .xlsx} package the reader needs — the workbook part's sheet list and
 * {@code date1904}, the sheets, the shared strings and the styles — found through the package
 * relationships exactly as POI's {@code XSSFReader} finds them, but without that class: its {@code
 * XSSFRelation} constants link POI's whole usermodel and with it XMLBeans, which a streaming read
 * never needs. Only POI's package layer (openxml4j) is used here.
 */
final class XlsxPackage {
  static final String WORKSHEET =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
  static final String CHARTSHEET =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";
  static final String MACROSHEET =
      "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet";
  static final String SHARED_STRINGS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
  static final String STYLES = PackageRelationshipTypes.STYLE_PART;
  static final String STYLES_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  /** The relationship types whose parts are sheets (the set XSSFReader iterates over). */
  private static final Set<String> SHEET_TYPES = Set.of(WORKSHEET, CHARTSHEET, MACROSHEET);

  /** A sheet as the workbook part lists it: its name and its relationship id. */
  record SheetRef(String name, String id) {}

  private final OPCPackage pkg;
  private final PackagePart workbook;
  private final List<SheetRef> sheets;
  private final Map<String, PackagePart> sheetParts;
  private final boolean date1904;

  private XlsxPackage(
      OPCPackage pkg,
      PackagePart workbook,
      List<SheetRef> sheets,
      Map<String, PackagePart> sheetParts,
      boolean date1904) {
    this.pkg = pkg;
    this.workbook = workbook;
    this.sheets = sheets;
    this.sheetParts = sheetParts;
    this.date1904 = date1904;
  }

  /**
   * Finds the workbook part and reads its sheet list. A package without a workbook (or a Strict
   * OOXML one, which POI does not read) fails as it did in XSSFReader, so the finding is the same.
   */
  static XlsxPackage open(OPCPackage pkg, XMLInputFactory factory)
      throws IOException, InvalidFormatException, XMLStreamException {
    PackageRelationship core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    if (core == null) {
      throw new POIXMLException(
          pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
                      .getRelationship(0)
                  != null
              ? "Strict OOXML isn't currently supported"
              : "OOXML file structure broken/invalid - no core document found!");
    }
    PackagePart workbook = pkg.getPart(core);
    if (workbook == null) {
      throw new InvalidFormatException("The package has no workbook part");
    }
    Map<String, PackagePart> sheetParts = new HashMap<>();
    for (PackageRelationship rel : workbook.getRelationships()) {
      if (SHEET_TYPES.contains(rel.getRelationshipType())) {
        sheetParts.put(
            rel.getId(), pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI())));
      }
    }
    List<SheetRef> sheets = new ArrayList<>();
    boolean date1904;
    try (InputStream in = workbook.getInputStream()) {
      date1904 = readWorkbook(factory, in, sheets);
    }
    return new XlsxPackage(pkg, workbook, List.copyOf(sheets), sheetParts, date1904);
  }

  /** The sheets in the workbook's order (those without a relationship id left out, as by POI). */
  List<SheetRef> sheets() {
    return sheets;
  }

  /** Whether the workbook counts dates from 1904 (old Mac Excel). */
  boolean date1904() {
    return date1904;
  }

  /** Opens a listed sheet's part; a sheet whose part is missing means a damaged file. */
  InputStream open(SheetRef sheet) throws IOException {
    PackagePart part = sheetParts.get(sheet.id());
    if (part == null) {
      throw new POIXMLException("Failed to find sheet package for sheetId=" + sheet.id());
    }
    return part.getInputStream();
  }

  /** The shared-strings part, or null when the workbook has none (or its target is missing). */
  InputStream sharedStrings() throws IOException, InvalidFormatException {
    PackagePart part = related(SHARED_STRINGS);
    return part == null ? null : part.getInputStream();
  }

  /**
   * The styles part: the workbook's styles relationship (as Excel and XSSFReader's {@code
   * getStylesData} find it), else the first part of the styles content type (as XSSFReader's {@code
   * getStylesTable} did); null when there is neither.
   */
  InputStream styles() throws IOException, InvalidFormatException {
    PackagePart part = related(STYLES);
    if (part == null) {
      List<PackagePart> parts = pkg.getPartsByContentType(STYLES_CONTENT_TYPE);
      part = parts.isEmpty() ? null : parts.get(0);
    }
    return part == null ? null : part.getInputStream();
  }

  private PackagePart related(String type) throws InvalidFormatException {
    PackageRelationshipCollection rels = workbook.getRelationshipsByType(type);
    if (rels.isEmpty()) {
      return null;
    }
    PackageRelationship rel = rels.getRelationship(0);
    return pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
  }

  /**
   * One pass over the workbook part: every {@code sheet} element with both a name and an id
   * (matched by local name, as POI's sheet-list reader does), and {@code date1904} from the {@code
   * workbookPr} that comes before the sheet list.
   */
  private static boolean readWorkbook(XMLInputFactory factory, InputStream in, List<SheetRef> out)
      throws XMLStreamException {
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    Boolean date1904 = null;
    try {
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        if (date1904 == null && element.equals("workbookPr")) {
          String value = xml.getAttributeValue(null, "date1904");
          date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if (date1904 == null && element.equals("sheets")) {
          date1904 = false;
        }
        if (element.equalsIgnoreCase("sheet")) {
          sheetRef(xml, out);
        }
      }
    } finally {
      xml.close();
    }
    return Boolean.TRUE.equals(date1904);
  }

  /** A sheet element's name and relationship id, taken as POI's XMLSheetRefReader takes them. */
  private static void sheetRef(XMLStreamReader xml, List<SheetRef> out) {
    String name = null;
    String id = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attribute = xml.getAttributeLocalName(i);
      if (attribute.equalsIgnoreCase("name")) {
        name = xml.getAttributeValue(i);
      } else if (attribute.equalsIgnoreCase("id")) {
        id = xml.getAttributeValue(i);
      }
      if (name != null && id != null) {
        if (!id.isEmpty()) {
          out.add(new SheetRef(name, id));
        }
        return;
      }
    }
  }
}

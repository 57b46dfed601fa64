package se.tertial.read;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Counts the rows with content of each sheet by streaming its XML, before POI's usermodel builds
 * the whole workbook in memory (about a kilobyte per row: a million-row sheet would need
 * gigabytes). Parsing goes through POI's hardened StAX factory: no DTDs, no external entities.
 */
final class SheetRowGuard {
  private SheetRowGuard() {}

  /** The name of the first sheet with more than {@code maxRows} rows with content, if any. */
  static Optional<String> firstOversizedSheet(File file, int maxRows)
      throws IOException, OpenXML4JException, XMLStreamException {
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      XMLInputFactory factory = XMLHelper.newXMLInputFactory();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          if (rowsWithContent(factory, in, maxRows) > maxRows) {
            return Optional.of(sheets.getSheetName());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Rows holding at least one value or formula, counted up to {@code maxRows + 1}. */
  private static int rowsWithContent(XMLInputFactory factory, InputStream in, int maxRows)
      throws XMLStreamException {
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    try {
      int rows = 0;
      boolean content = false;
      while (xml.hasNext() && rows <= maxRows) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("row")) {
            content = false;
          } else if (name.equals("v") || name.equals("is") || name.equals("f")) {
            content = true;
          }
        } else if (event == XMLStreamReader.END_ELEMENT
            && xml.getLocalName().equals("row")
            && content) {
          rows++;
        }
      }
      return rows;
    } finally {
      xml.close();
    }
  }
}

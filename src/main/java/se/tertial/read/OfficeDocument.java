package se.tertial.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * Finds an Office package's main part the way the package format defines it: through the package
 * relationships ({@code _rels/.rels}, the {@code officeDocument} relationship), not by the name
 * Excel happens to give it ({@code xl/workbook.xml}). A valid package written by another program
 * may keep its workbook anywhere. The relationships part is read with POI's hardened StAX factory
 * (no DTDs, no external entities).
 */
final class OfficeDocument {
  private static final String RELATIONSHIPS = "_rels/.rels";

  /** Relationship parts larger than this are no real package's and are not read here. */
  private static final int MAX_RELATIONSHIPS_BYTES = 1 << 20;

  private OfficeDocument() {}

  /**
   * The zip entry name of the package's main part (transitional or Strict relationship type), or
   * empty when the package has no readable relationships or none of that type.
   */
  static Optional<String> target(ZipFile zip) {
    ZipEntry rels = zip.getEntry(RELATIONSHIPS);
    if (rels == null) {
      return Optional.empty();
    }
    try (InputStream in = zip.getInputStream(rels)) {
      byte[] bytes = in.readNBytes(MAX_RELATIONSHIPS_BYTES);
      XMLInputFactory factory = XMLHelper.newXMLInputFactory();
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamReader.START_ELEMENT
              && xml.getLocalName().equals("Relationship")) {
            String type = xml.getAttributeValue(null, "Type");
            String target = xml.getAttributeValue(null, "Target");
            String mode = xml.getAttributeValue(null, "TargetMode");
            if (type != null
                && type.endsWith("/officeDocument")
                && target != null
                && !"External".equalsIgnoreCase(mode)) {
              return Optional.of(entryName(target));
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty(); // a damaged package: POI reports it when it opens the file
    }
    return Optional.empty();
  }

  /** Whether the main part is a SpreadsheetML workbook (not a Word or PowerPoint document). */
  static boolean isSpreadsheet(ZipFile zip, String main) throws IOException {
    ZipEntry entry = zip.getEntry(main);
    if (entry == null) {
      return false;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      return head.contains("spreadsheetml");
    }
  }

  /**
   * A relationship target ({@code /xl/workbook.xml}, {@code xl/workbook.xml}) as a zip entry name.
   */
  private static String entryName(String target) {
    String name = target.replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    if (name.startsWith("./")) {
      name = name.substring(2);
    }
    return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

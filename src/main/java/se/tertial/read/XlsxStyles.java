package se.tertial.read;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style of a workbook, streamed from its styles part ({@code
 * xl/styles.xml}): only {@code numFmts/numFmt} (format id → format code) and {@code cellXfs/xf} in
 * order (a cell's {@code s} attribute → format id) are kept. This replaces POI's {@code
 * StylesTable}, whose XMLBeans parse of the whole part (fonts, fills, borders, themes) loads the
 * OOXML schema type system and cost about a tenth of a cold render for a format string per cell.
 *
 * <p>The format a style gives is what POI's {@code XSSFCellStyle.getDataFormat()} and {@code
 * getDataFormatString()} give (pinned against POI in the tests): the {@code xf}'s {@code numFmtId}
 * (0 when absent) cast to a short as POI does, looked up among the workbook's own formats first (a
 * workbook may redefine a built-in id) and then among the built-in ones. {@code applyNumberFormat}
 * is not consulted, as POI does not. A style index outside {@code cellXfs}, a missing or unreadable
 * part (malformed XML, a DTD's entity, another root element) all mean the General format, as
 * before. An {@code xf} whose ids are not numbers is General too, where POI failed; a {@code
 * numFmt} whose id is not a number is skipped, where POI dropped the whole part. Memory is bounded:
 * at most {@link #MAX_ENTRIES} styles and formats are kept and a format code longer than {@link
 * #MAX_FORMAT_CHARS} is ignored (Excel allows 255 characters).
 */
final class XlsxStyles {
  /** SpreadsheetML's main namespace: elements in any other are not styles, as for POI. */
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Excel allows about 64 000 cell styles; format ids are shorts, so 65 536 of each is plenty. */
  static final int MAX_ENTRIES = 65_536;

  /** Excel refuses format codes over 255 characters; a much longer one is not from a real file. */
  static final int MAX_FORMAT_CHARS = 4_096;

  /** Marks a style whose ids could not be read: it is shown in the General format. */
  private static final int UNREADABLE = Integer.MIN_VALUE;

  /** A number format: the id as POI reports it and the format code to show it with. */
  record Format(int index, String code) {}

  static final Format GENERAL = new Format(0, "General");

  /** No styles part: every number in the General format. */
  static final XlsxStyles NONE = new XlsxStyles(new int[0], Map.of());

  /** By style index, the format id as POI's (short) cast gives it, or {@link #UNREADABLE}. */
  private final int[] styleFormats;

  /** The workbook's own format codes by id (a null code falls back to the built-in one). */
  private final Map<Short, String> codes;

  private XlsxStyles(int[] styleFormats, Map<Short, String> codes) {
    this.styleFormats = styleFormats;
    this.codes = codes;
  }

  /** How many cell styles ({@code cellXfs/xf}) the part defines. */
  int size() {
    return styleFormats.length;
  }

  /** The number format of the cell style at this index (a cell's {@code s} attribute). */
  Format format(int style) {
    if (style < 0 || style >= styleFormats.length || styleFormats[style] == UNREADABLE) {
      return GENERAL;
    }
    short id = (short) styleFormats[style];
    String code = codes.get(id);
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(id);
    }
    return new Format(id, code == null ? "General" : code);
  }

  /**
   * Reads the styles part. A part that is not well-formed XML, or whose root is not SpreadsheetML's
   * {@code styleSheet}, gives {@link #NONE}: POI's StylesTable failed on both and tertial then
   * showed every number in the General format.
   */
  static XlsxStyles read(XMLInputFactory factory, InputStream in) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return new Walk(xml).run();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return NONE; // unreadable styles: numbers are shown in the General format
    }
  }

  /** The state of one pass over the part. */
  private static final class Walk {
    private final XMLStreamReader xml;
    private final Map<Short, String> codes = new HashMap<>();
    private int[] styles = new int[16];
    private int count;
    private boolean numFmtsSeen;
    private boolean cellXfsSeen;

    Walk(XMLStreamReader xml) {
      this.xml = xml;
    }

    XlsxStyles run() throws XMLStreamException {
      int depth = 0;
      String section = null; // "numFmts" or "cellXfs" while inside the first of either
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          boolean main = MAIN_NS.equals(xml.getNamespaceURI());
          String name = xml.getLocalName();
          if (depth == 1 && !(main && name.equals("styleSheet"))) {
            return NONE; // not a styles part: POI refused it as a whole
          } else if (depth == 2) {
            section = main ? enter(name) : null;
          } else if (depth == 3 && main && "numFmts".equals(section) && name.equals("numFmt")) {
            numFmt();
          } else if (depth == 3 && main && "cellXfs".equals(section) && name.equals("xf")) {
            xf();
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          if (depth == 2) {
            section = null;
          }
          depth--;
        }
      }
      // Read to the end: a part malformed after cellXfs was refused whole by POI, so here too.
      return new XlsxStyles(Arrays.copyOf(styles, count), codes);
    }

    /** The section a child of styleSheet opens; only the first numFmts and cellXfs count. */
    private String enter(String name) {
      if (name.equals("numFmts") && !numFmtsSeen) {
        numFmtsSeen = true;
        return name;
      }
      if (name.equals("cellXfs") && !cellXfsSeen) {
        cellXfsSeen = true;
        return name;
      }
      return null;
    }

    private void numFmt() {
      String idText = attribute("numFmtId");
      long id = idText == null ? 0 : unsignedInt(idText);
      String code = attribute("formatCode");
      if (id < 0 || codes.size() >= MAX_ENTRIES) {
        return;
      }
      // Later entries win, and an entry without a code clears an earlier one, as in POI's map.
      codes.put((short) id, code != null && code.length() > MAX_FORMAT_CHARS ? null : code);
    }

    private void xf() {
      if (count >= MAX_ENTRIES) {
        return; // beyond Excel's limit: such a style index is shown in the General format
      }
      String idText = attribute("numFmtId");
      String xfIdText = attribute("xfId");
      long id = idText == null ? 0 : unsignedInt(idText);
      boolean readable = id >= 0 && (xfIdText == null || unsignedInt(xfIdText) >= 0);
      if (count == styles.length) {
        styles = Arrays.copyOf(styles, Math.min(MAX_ENTRIES, count * 2));
      }
      styles[count++] = readable ? (short) id : UNREADABLE;
    }

    /** An attribute without namespace (SpreadsheetML's are unqualified), or null. */
    private String attribute(String name) {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String ns = xml.getAttributeNamespace(i);
        if ((ns == null || ns.isEmpty()) && xml.getAttributeLocalName(i).equals(name)) {
          return xml.getAttributeValue(i);
        }
      }
      return null;
    }
  }

  /** An {@code xsd:unsignedInt} as XMLBeans reads it (surrounding spaces allowed), or -1. */
  static long unsignedInt(String text) {
    try {
      long value = Long.parseLong(text.strip());
      return value >= 0 && value <= 0xFFFF_FFFFL ? value : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

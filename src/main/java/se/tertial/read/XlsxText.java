package se.tertial.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The text of a shared or inline string in a workbook, as Excel shows it. */
final class XlsxText {
  /** OOXML's escape for characters XML cannot hold: {@code _x0007_}, {@code _x005F_} for "_". */
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private XlsxText() {}

  /**
   * The text of an {@code si} or {@code is} element the reader stands on: its {@code t} elements
   * (directly or in rich-text runs), without phonetic guides ({@code rPh}). Leaves the reader on
   * the element's end.
   */
  static String richText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamReader.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("t") && phonetic == 0) {
          text.append(xml.getElementText());
          continue;
        }
        if (name.equals("rPh")) {
          phonetic++;
        }
        depth++;
      } else if (event == XMLStreamReader.END_ELEMENT) {
        if (xml.getLocalName().equals("rPh")) {
          phonetic--;
        }
        depth--;
      }
    }
    return unescape(text.toString());
  }

  /** Decodes {@code _xHHHH_} escapes into the characters they stand for. */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    m.appendTail(out);
    return out.toString();
  }
}

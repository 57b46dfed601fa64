package se.tertial.read;

import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings a workbook's contract sheets use, read by streaming the shared-strings part
 * and keeping only the entries asked for. A helper sheet with a million strings of its own thus
 * costs one pass over the part, not memory.
 *
 * @param strings the entries asked for that exist, by index
 * @param count how many entries the part has
 */
record XlsxSharedStrings(Map<Integer, String> strings, int count) {

  static final XlsxSharedStrings NONE = new XlsxSharedStrings(Map.of(), 0);

  static XlsxSharedStrings read(XMLInputFactory factory, InputStream in, BitSet wanted)
      throws XMLStreamException {
    Map<Integer, String> strings = new HashMap<>();
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    int index = 0;
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("si")) {
          if (wanted.get(index)) {
            strings.put(index, XlsxText.richText(xml));
          }
          index++;
        }
      }
    } finally {
      xml.close();
    }
    return new XlsxSharedStrings(strings, index);
  }
}

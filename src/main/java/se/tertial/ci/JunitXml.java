package se.tertial.ci;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.tertial.model.Finding;

/**
 * The findings as JUnit XML (the Ant/Jenkins format every CI system reads): one {@code testsuite}
 * per unit, one {@code testcase} per (unit, period), a {@code failure} per error — and per
 * unacknowledged warning under {@code --strict} — and the other findings in {@code system-out}. No
 * times or host names, so the same run gives the same bytes.
 */
public final class JunitXml {
  private JunitXml() {}

  /** The report as a JUnit XML document. */
  public static String write(CheckReport report, boolean strict, Function<Path, String> paths) {
    Map<Path, List<Checked>> units = new LinkedHashMap<>();
    report.items().forEach(i -> units.computeIfAbsent(i.input(), k -> new ArrayList<>()).add(i));
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "tertial");
      xml.writeAttribute("tests", Integer.toString(report.items().size()));
      xml.writeAttribute("failures", Long.toString(failures(report.items(), strict)));
      xml.writeAttribute("errors", "0");
      for (Map.Entry<Path, List<Checked>> unit : units.entrySet()) {
        suite(xml, paths.apply(unit.getKey()), unit.getValue(), strict);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JUnit XML cannot be written", e);
    }
    return text.toString();
  }

  private static void suite(XMLStreamWriter xml, String name, List<Checked> items, boolean strict)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", xmlSafe(name));
    xml.writeAttribute("tests", Integer.toString(items.size()));
    xml.writeAttribute("failures", Long.toString(failures(items, strict)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    for (Checked item : items) {
      testCase(xml, name, item, strict);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testCase(XMLStreamWriter xml, String unit, Checked item, boolean strict)
      throws XMLStreamException {
    List<Finding> failing = item.findings().stream().filter(f -> fails(f, strict)).toList();
    List<String> other = new ArrayList<>();
    item.findings().stream().filter(f -> !fails(f, strict)).forEach(f -> other.add(f.line()));
    item.acknowledged().forEach(f -> other.add(CiText.get("acknowledged.line", f.line())));
    xml.writeCharacters("\n    ");
    if (failing.isEmpty() && other.isEmpty()) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("name", item.period().orElse(CiText.get("junit.noPeriod")));
    xml.writeAttribute("classname", xmlSafe(unit));
    if (failing.isEmpty() && other.isEmpty()) {
      return;
    }
    for (Finding finding : failing) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", xmlSafe(finding.toString()));
      xml.writeAttribute("type", finding.code());
      xml.writeCharacters(xmlSafe(finding.line()));
      xml.writeEndElement();
    }
    if (!other.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(xmlSafe(String.join("\n", other)));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** Failed test cases, as JUnit counts them (a case with three failures is one failed test). */
  private static long failures(List<Checked> items, boolean strict) {
    return items.stream()
        .filter(i -> i.findings().stream().anyMatch(f -> fails(f, strict)))
        .count();
  }

  /**
   * The text with what XML 1.0 cannot carry (control characters a hostile cell may hold, lone
   * surrogates) replaced by U+FFFD, so the document stays well-formed whatever the workbook says.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      safe.appendCodePoint(allowed ? c : 0xFFFD);
      i += Character.charCount(c);
    }
    return safe.toString();
  }

  private static boolean fails(Finding finding, boolean strict) {
    return finding.isError() || strict;
  }
}

package se.tertial.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.jsoup.nodes.Element;

/**
 * The summary chart ({@code div.chart}: one bar per perspective, a segment per judgement) as a
 * picture with the bars' own text alternative, followed by each bar's counts as text, so the
 * colours are never the only signal.
 */
final class ChartPicture {

  /** A segment's colour as the document's own (theme-resolved) style sheet gives it. */
  private static final Pattern SEGMENT_COLOUR =
      Pattern.compile(
          "\\.chart-segment\\.([a-z-]+)\\s*\\{\\s*background-color:\\s*#([0-9A-Fa-f]{6})");

  private static final Pattern WIDTH = Pattern.compile("width:\\s*([0-9.]+)px");
  private static final int BAR_HEIGHT = 14;
  private static final int GAP = 6;
  private static final int SCALE = 2; // drawn at twice the size for a sharp print

  private ChartPicture() {}

  static void write(Element chart, Container into, Footnotes footnotes) {
    Map<String, Color> colours = colours(chart.ownerDocument());
    List<Element> rows = chart.select("div.chart-row");
    if (rows.isEmpty()) {
      return;
    }
    List<String> alternatives = new ArrayList<>();
    for (Element row : rows) {
      Element bar = row.selectFirst(".chart-bar");
      alternatives.add(bar == null ? "" : bar.attr("aria-label"));
    }
    int width = 0;
    for (Element row : rows) {
      width = Math.max(width, pixels(row.selectFirst(".chart-bar")));
    }
    if (width > 0) {
      int height = rows.size() * (BAR_HEIGHT + GAP);
      Pictures.add(
          into.paragraph().createRun(),
          png(rows, colours, width, height),
          Document.PICTURE_TYPE_PNG,
          "diagram.png",
          width * 0.75,
          height * 0.75,
          String.join("; ", alternatives));
    }
    for (Element row : rows) {
      InlineWriter text = new InlineWriter(into.paragraph(), footnotes);
      Element label = row.selectFirst(".chart-label");
      Element counts = row.selectFirst(".chart-counts");
      text.text(label == null ? "" : label.text() + ": ", RunStyle.PLAIN.withBold());
      if (counts != null) {
        text.children(counts, RunStyle.PLAIN);
        text.text(" (" + counts.attr("title") + ")", RunStyle.PLAIN);
      }
    }
  }

  private static byte[] png(List<Element> rows, Map<String, Color> colours, int width, int height) {
    BufferedImage image =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      int y = GAP / 2;
      for (Element row : rows) {
        int x = 0;
        for (Element segment : row.select(".chart-segment")) {
          int w = pixels(segment);
          g.setColor(colour(segment, colours));
          g.fillRect(x * SCALE, y * SCALE, w * SCALE, BAR_HEIGHT * SCALE);
          x += w;
        }
        y += BAR_HEIGHT + GAP;
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<String, Color> colours(Element html) {
    Map<String, Color> colours = new HashMap<>();
    for (Element style : html.select("style")) {
      Matcher m = SEGMENT_COLOUR.matcher(style.wholeText());
      while (m.find()) {
        colours.put(m.group(1), new Color(Integer.parseInt(m.group(2), 16)));
      }
    }
    return colours;
  }

  private static Color colour(Element segment, Map<String, Color> colours) {
    for (String name : segment.classNames()) {
      Color colour = colours.get(name);
      if (colour != null) {
        return colour;
      }
    }
    return Color.LIGHT_GRAY;
  }

  private static int pixels(Element element) {
    if (element == null) {
      return 0;
    }
    Matcher m = WIDTH.matcher(element.attr("style"));
    return m.find() ? (int) Math.round(Double.parseDouble(m.group(1))) : 0;
  }
}

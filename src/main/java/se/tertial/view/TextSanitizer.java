package se.tertial.view;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import se.tertial.model.MarkdownDepth;

/**
 * Turns a text cell (Texter, Kommentar, action fields) into a safe XHTML fragment. Cells are a
 * markdown subset (paragraphs, {@code - } bullets, {@code **bold**}, {@code *italic*}, links) and
 * sometimes hold HTML pasted from exports ({@code <p>}, {@code <em>}, {@code <ul>}).
 *
 * <p>commonmark renders the markdown; whatever HTML results (including HTML that was in the cell)
 * then passes a jsoup allow-list: p, ul, ol, li, strong, em, b, i, br and a[href] with http, https
 * or mailto only. Scripts, event handlers, images and {@code javascript:} links never pass, and
 * elements whose content is not text ({@code <style>}, {@code <script>}, {@code <svg>}, {@code
 * <title>} …) are removed with their content, so none of it shows up as visible text. FreeMarker
 * syntax in a cell is plain text here and is never evaluated. Thread-safe.
 */
public final class TextSanitizer {

  private static final Safelist ALLOWED =
      new Safelist()
          .addTags("p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "a")
          .addAttributes("a", "href", "title")
          .addProtocols("a", "href", "http", "https", "mailto");

  /** Elements whose content is never shown as text; removed with everything inside. */
  private static final Evaluator INVISIBLE =
      Selector.evaluatorOf(
          "script, style, title, template, svg, math, iframe, object, embed, noembed, noframes,"
              + " frameset, head, meta, link, base");

  // Parsed once: select(String) parses its query at every call, a third of this class's time in a
  // batch (jsoup's evaluators are thread-safe and meant to be reused).
  private static final Evaluator PARAGRAPHS = Selector.evaluatorOf("p");
  private static final Evaluator LINKS = Selector.evaluatorOf("a");

  private final Parser parser = Parser.builder().build();
  // Single line breaks inside a cell are deliberate (manual breaks in Excel): keep them.
  private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("<br />").build();

  /** The sanitised fragment for a cell's text; empty text gives {@link SafeHtml#EMPTY}. */
  public SafeHtml toHtml(String text) {
    if (text == null || text.isBlank()) {
      return SafeHtml.EMPTY;
    }
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    String html;
    if (MarkdownDepth.of(normalised) > MarkdownDepth.MAX) {
      // commonmark parses and renders nested emphasis and links recursively: thousands of levels
      // overflow the stack. The reader reports such a cell as an error; should one get here, it
      // is shown as the plain text it is, never parsed.
      html = plainText(normalised);
    } else {
      html = renderer.render(parser.parse(normalised));
    }
    Document dirty = Jsoup.parseBodyFragment(html);
    // The allow-list unwraps unknown elements and keeps their text. For these, that text was never
    // meant to be read (a style sheet, a script, an SVG's or MathML's <style>, a title): remove
    // them whole, or their content would show up as visible text in the report.
    dirty.select(INVISIBLE).remove();
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    for (Element paragraph : clean.select(PARAGRAPHS)) {
      if (paragraph.childNodeSize() == 0) {
        paragraph.remove(); // what is left of a paragraph that held only removed elements
      }
    }
    for (Element link : clean.select(LINKS)) {
      // Link annotations need /Contents in PDF/UA; links without href are plain text.
      if (!link.hasAttr("href")) {
        link.unwrap();
      } else if (!link.hasAttr("title")) {
        link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
      }
    }
    clean
        .outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset("UTF-8")
        .prettyPrint(false);
    return new SafeHtml(clean.body().html().strip());
  }

  /** Paragraphs at blank lines, line breaks kept, every character escaped. */
  private static String plainText(String text) {
    StringBuilder html = new StringBuilder(text.length() + 32);
    for (String paragraph : text.split("\n\\s*\n")) {
      html.append("<p>")
          .append(Entities.escape(paragraph.strip()).replace("\n", "<br />"))
          .append("</p>");
    }
    return html.toString();
  }
}

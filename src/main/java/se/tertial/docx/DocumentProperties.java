package se.tertial.docx;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The document properties Word shows under File → Info, read from the XHTML's head (the same {@code
 * <title>} and {@code <meta>} the PDF's metadata come from).
 *
 * @param title the document title
 * @param author who drew it up
 * @param subject one sentence on what it holds
 * @param language the BCP 47 tag of the text, e.g. sv-SE
 */
record DocumentProperties(String title, String author, String subject, String language) {

  static DocumentProperties of(Document html) {
    Element root = html.selectFirst("html");
    String language = root == null ? "" : root.attr("lang");
    return new DocumentProperties(
        text(html.selectFirst("head > title")),
        meta(html, "author"),
        meta(html, "subject"),
        language.isBlank() ? "sv-SE" : language);
  }

  private static String meta(Document html, String name) {
    Element meta = html.selectFirst("head > meta[name=" + name + "]");
    return meta == null ? "" : meta.attr("content").strip();
  }

  private static String text(Element element) {
    return element == null ? "" : element.text().strip();
  }
}

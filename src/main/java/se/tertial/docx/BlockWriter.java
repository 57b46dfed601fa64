package se.tertial.docx;

import java.math.BigInteger;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Block-level XHTML → Word paragraphs and tables, in document order: headings get Word's heading
 * styles (the document title the Title style), lists Word's bullets, the table of contents a TOC
 * field over the headings, the summary chart a picture with its text alternative. Inline content
 * between blocks forms a paragraph of its own, as a browser shows it.
 */
final class BlockWriter {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "table",
          "section",
          "header",
          "footer",
          "nav",
          "article",
          "main",
          "aside",
          "blockquote",
          "figure",
          "figcaption",
          "dl",
          "dt",
          "dd",
          "pre",
          "hr");

  private final XWPFDocument word;
  private final Document html;
  private final BigInteger bullets;
  private final Footnotes footnotes;
  private final TableWriter tables;

  BlockWriter(XWPFDocument word, Document html, BigInteger bullets, long textWidthTwips) {
    this.word = word;
    this.html = html;
    this.bullets = bullets;
    this.footnotes = new Footnotes(word, html);
    this.tables = new TableWriter(this, textWidthTwips);
  }

  void body() {
    Element body = html.selectFirst("body");
    if (body != null) {
      blocks(body, new Container.Body(word), RunStyle.PLAIN);
    }
  }

  /** The children of {@code parent}: blocks as blocks, runs of inline content as paragraphs. */
  void blocks(Element parent, Container into, RunStyle style) {
    InlineWriter open = null;
    for (Node node : parent.childNodes()) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        open = null;
        block(element, into, style);
      } else if (open != null || !(node instanceof TextNode text) || !text.isBlank()) {
        if (open == null) {
          open = new InlineWriter(into.paragraph(), footnotes);
        }
        open.node(node, style);
      }
    }
  }

  private void block(Element element, Container into, RunStyle style) {
    if (footnotes.writtenAsFootnotes(element)) {
      return;
    }
    String tag = element.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        int level = Math.min(4, tag.charAt(1) - '0');
        String wordStyle = element.hasClass("doc-title") ? "Title" : "Heading" + level;
        paragraph(element, into, wordStyle, style);
      }
      case "p", "dt", "dd", "figcaption", "pre" -> paragraph(element, into, null, style);
      case "ul", "ol" -> {
        if (element.hasClass("toc")) {
          tableOfContents(element, into);
        } else {
          list(element, into, tag.equals("ol"), style);
        }
      }
      case "li" -> paragraph(element, into, "ListParagraph", style);
      case "table" -> tables.write(element, into);
      case "hr" -> {}
      default -> {
        if (element.hasClass("chart")) {
          ChartPicture.write(element, into, footnotes);
        } else {
          blocks(element, into, style);
        }
      }
    }
  }

  private XWPFParagraph paragraph(
      Element element, Container into, String wordStyle, RunStyle style) {
    XWPFParagraph paragraph = into.paragraph();
    if (wordStyle != null) {
      paragraph.setStyle(wordStyle);
    }
    inline(element, paragraph, into, style);
    return paragraph;
  }

  /** The element's inline content into {@code paragraph}; nested blocks follow it. */
  private void inline(Element element, XWPFParagraph paragraph, Container into, RunStyle style) {
    InlineWriter text = new InlineWriter(paragraph, footnotes);
    for (Node child : element.childNodes()) {
      if (child instanceof Element nested && BLOCKS.contains(nested.normalName())) {
        block(nested, into, style);
      } else {
        text.node(child, style);
      }
    }
  }

  private void list(Element list, Container into, boolean numbered, RunStyle style) {
    int number = 0;
    for (Element item : list.children()) {
      if (!item.normalName().equals("li") || footnotes.writtenAsFootnotes(item)) {
        continue;
      }
      number++;
      XWPFParagraph paragraph = into.paragraph();
      paragraph.setStyle("ListParagraph");
      if (numbered) {
        new InlineWriter(paragraph, footnotes).text(number + ". ", style);
      } else {
        paragraph.setNumID(bullets);
      }
      inline(item, paragraph, into, style);
    }
  }

  /**
   * A TOC field over heading levels 1–3 whose result is the template's own list, so the contents
   * read right before Word updates the field (and page numbers appear once it does).
   */
  private void tableOfContents(Element toc, Container into) {
    var entries = toc.select("li");
    if (entries.isEmpty()) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      Element entry = entries.get(i);
      XWPFParagraph paragraph = into.paragraph();
      int level = entry.hasClass("toc-3") ? 3 : entry.hasClass("toc-2") ? 2 : 1;
      paragraph.setStyle("TOC" + level);
      paragraph.setIndentationLeft((level - 1) * 360);
      if (i == 0) {
        Fields.begin(paragraph, "TOC \\o \"1-3\" \\h \\z \\u");
      }
      new InlineWriter(paragraph, footnotes).text(entry.text(), RunStyle.PLAIN);
      if (i == entries.size() - 1) {
        Fields.end(paragraph);
      }
    }
  }
}

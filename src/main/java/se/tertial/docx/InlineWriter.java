package se.tertial.docx;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inline XHTML (text, strong, em, sup, br, links, images, footnote references) → the runs of one
 * Word paragraph, with white space collapsed as a browser does: runs of spaces, tabs and line ends
 * become one space, none at the start or end of a line. The no-break space (before "%", in "1 251")
 * is text, not white space, and stays.
 */
final class InlineWriter {

  private final XWPFParagraph paragraph;
  private final Footnotes footnotes;
  private boolean atLineStart = true;
  private boolean spacePending;

  InlineWriter(XWPFParagraph paragraph, Footnotes footnotes) {
    this.paragraph = paragraph;
    this.footnotes = footnotes;
  }

  XWPFParagraph paragraph() {
    return paragraph;
  }

  void node(Node node, RunStyle style) {
    if (node instanceof TextNode text) {
      text(text.getWholeText(), style);
    } else if (node instanceof Element element) {
      element(element, style);
    }
  }

  void children(Element element, RunStyle style) {
    for (Node child : element.childNodes()) {
      node(child, style);
    }
  }

  private void element(Element element, RunStyle style) {
    switch (element.normalName()) {
      case "br" -> {
        paragraph.createRun().addBreak();
        atLineStart = true;
        spacePending = false;
      }
      case "strong", "b" -> children(element, style.withBold());
      case "em", "i" -> children(element, style.withItalic());
      case "sub" -> children(element, style.with(VerticalAlign.SUBSCRIPT));
      case "sup" -> {
        if (!footnotes.reference(element, this)) {
          children(element, style.with(VerticalAlign.SUPERSCRIPT));
        }
      }
      case "a" -> {
        if (!footnotes.reference(element, this)) {
          children(element, style);
        }
      }
      case "img" -> {
        flushSpace(style);
        Pictures.inline(paragraph, element);
        atLineStart = false;
      }
      case "style", "script", "head" -> {}
      default -> children(element, style);
    }
  }

  /** Appends text as it reads, collapsing white space. */
  void text(String raw, RunStyle style) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        spacePending = true;
      } else {
        if (spacePending && !atLineStart) {
          out.append(' ');
        }
        spacePending = false;
        atLineStart = false;
        out.append(c);
      }
    }
    if (!out.isEmpty()) {
      XWPFRun run = paragraph.createRun();
      style.applyTo(run);
      run.setText(out.toString());
    }
  }

  /** A space owed before something that is not text (a footnote mark, an image). */
  void flushSpace(RunStyle style) {
    if (spacePending && !atLineStart) {
      XWPFRun run = paragraph.createRun();
      style.applyTo(run);
      run.setText(" ");
    }
    spacePending = false;
  }

  void markWritten() {
    atLineStart = false;
  }
}

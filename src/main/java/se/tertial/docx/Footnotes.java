package se.tertial.docx;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The templates' footnotes as Word footnotes. A reference is either a link to the note ({@code <a
 * class="fn" href="#note">[1]</a>} → {@code <p class="footnotes" id="note">[1] text</p>}) or a
 * superscript number ({@code <sup class="footnote-mark">1</sup>}) whose note is the item with the
 * same number in the nearest {@code ul.footnotes}. A note that becomes a Word footnote is not
 * written again in the body.
 */
final class Footnotes {

  private final XWPFDocument word;
  private final Map<Element, Element> noteOfReference = new IdentityHashMap<>();
  private final Set<Element> notes = Collections.newSetFromMap(new IdentityHashMap<>());

  Footnotes(XWPFDocument word, Document html) {
    this.word = word;
    for (Element link : html.select("a.fn[href^=#]")) {
      Element note = html.getElementById(link.attr("href").substring(1));
      if (note != null) {
        noteOfReference.put(link, note);
        notes.add(note);
      }
    }
    for (Element mark : html.select("sup.footnote-mark")) {
      Element note = numberedNote(mark);
      if (note != null) {
        noteOfReference.put(mark, note);
        notes.add(note);
      }
    }
  }

  /** The item of the nearest footnote list whose leading superscript is the mark's number. */
  private static Element numberedNote(Element mark) {
    String number = mark.text().strip();
    for (Element ancestor : mark.parents()) {
      for (Element item : ancestor.select("ul.footnotes > li")) {
        Element itemMark = item.selectFirst("> sup");
        if (itemMark != null && itemMark.text().strip().equals(number)) {
          return item;
        }
      }
    }
    return null;
  }

  /** Whether {@code element} is written as footnotes (a note, or a list of nothing but notes). */
  boolean writtenAsFootnotes(Element element) {
    if (notes.contains(element)) {
      return true;
    }
    return element.hasClass("footnotes")
        && !element.children().isEmpty()
        && element.children().stream().allMatch(notes::contains);
  }

  /**
   * Writes a Word footnote for {@code reference} at the end of {@code at}'s paragraph.
   *
   * @return false when {@code reference} is no footnote reference
   */
  boolean reference(Element reference, InlineWriter at) {
    Element note = noteOfReference.get(reference);
    if (note == null) {
      return false;
    }
    XWPFFootnote footnote = word.createFootnote();
    XWPFParagraph text = footnote.createParagraph();
    text.setStyle("FootnoteText");
    XWPFRun mark = text.createRun();
    mark.getCTR().addNewFootnoteRef();
    mark.setSubscript(VerticalAlign.SUPERSCRIPT);
    text.createRun().setText(" ");
    InlineWriter noteText = new InlineWriter(text, this);
    boolean leading = true;
    for (Node child : note.childNodes()) {
      if (leading && child instanceof Element e && e.normalName().equals("sup")) {
        leading = false; // the note's own number: Word numbers the footnote
        continue;
      }
      if (leading && child instanceof TextNode t) {
        noteText.text(t.getWholeText().replaceFirst("^\\s*\\[[^\\]]*\\]", ""), RunStyle.PLAIN);
        leading = t.isBlank();
        continue;
      }
      leading = false;
      noteText.node(child, RunStyle.PLAIN);
    }
    at.paragraph().addFootnoteReference(footnote);
    at.markWritten();
    return true;
  }
}

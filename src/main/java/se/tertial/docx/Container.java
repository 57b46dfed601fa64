package se.tertial.docx;

import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Where block content goes: the document's body, a table cell or a footnote. */
sealed interface Container {

  /** A new paragraph at the end. */
  XWPFParagraph paragraph();

  /**
   * A new table at the end, where tables go: the body. In a cell or a footnote a table's rows are
   * written as paragraphs (the templates never nest tables).
   */
  default Optional<XWPFTable> table() {
    return Optional.empty();
  }

  /** The document's body. */
  record Body(XWPFDocument word) implements Container {
    @Override
    public XWPFParagraph paragraph() {
      return word.createParagraph();
    }

    @Override
    public Optional<XWPFTable> table() {
      return Optional.of(word.createTable());
    }
  }

  /** A table cell, which Word creates with one empty paragraph that is used first. */
  final class Cell implements Container {
    private final XWPFTableCell cell;
    private boolean firstUsed;

    Cell(XWPFTableCell cell) {
      this.cell = cell;
    }

    @Override
    public XWPFParagraph paragraph() {
      if (!firstUsed && !cell.getParagraphs().isEmpty()) {
        firstUsed = true;
        return cell.getParagraphs().get(0);
      }
      firstUsed = true;
      return cell.addParagraph();
    }
  }

  /** A footnote's text. */
  record Footnote(XWPFFootnote footnote) implements Container {
    @Override
    public XWPFParagraph paragraph() {
      XWPFParagraph paragraph = footnote.createParagraph();
      paragraph.setStyle("FootnoteText");
      return paragraph;
    }
  }
}

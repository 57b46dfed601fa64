package se.tertial.docx;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * How a piece of inline text looks: what {@code strong}, {@code em}, {@code sup} and {@code th}
 * around it say.
 *
 * @param bold strong, b or a header cell
 * @param italic em or i
 * @param align superscript, subscript or baseline
 */
record RunStyle(boolean bold, boolean italic, VerticalAlign align) {

  static final RunStyle PLAIN = new RunStyle(false, false, VerticalAlign.BASELINE);

  RunStyle withBold() {
    return new RunStyle(true, italic, align);
  }

  RunStyle withItalic() {
    return new RunStyle(bold, true, align);
  }

  RunStyle with(VerticalAlign newAlign) {
    return new RunStyle(bold, italic, newAlign);
  }

  void applyTo(XWPFRun run) {
    if (bold) {
      run.setBold(true);
    }
    if (italic) {
      run.setItalic(true);
    }
    if (align != VerticalAlign.BASELINE) {
      run.setSubscript(align);
    }
  }
}

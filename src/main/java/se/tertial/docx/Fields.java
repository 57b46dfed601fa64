package se.tertial.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields (PAGE, NUMPAGES, TOC) as begin/instruction/separate/result/end runs, with a result
 * already in place so the text reads right before Word updates the field.
 */
final class Fields {

  private Fields() {}

  /** A whole field in one paragraph. */
  static void append(XWPFParagraph paragraph, String instruction, String result) {
    begin(paragraph, instruction);
    paragraph.createRun().setText(result);
    end(paragraph);
  }

  /** Begins a field whose result may run over several paragraphs (a table of contents). */
  static void begin(XWPFParagraph paragraph, String instruction) {
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText code = paragraph.createRun().getCTR().addNewInstrText();
    code.setStringValue(" " + instruction + " ");
    code.setSpace(SpaceAttribute.Space.PRESERVE);
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  static void end(XWPFParagraph paragraph) {
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}

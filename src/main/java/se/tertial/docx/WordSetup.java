package se.tertial.docx;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What a Word document holds besides its body: properties, styles (Word's own heading style ids, so
 * the navigation pane and a table of contents find the headings), A4 page, the "Sida N (M)" footer
 * and the bullet list definition.
 */
final class WordSetup {

  /** Arial: what Word has everywhere; LibreOffice shows it as the metric-equal Liberation Sans. */
  static final String FONT = "Arial";

  private static final int[] HEADING_HALF_POINTS = {32, 26, 22, 20};
  private static final long A4_SHORT_TWIPS = 11906;
  private static final long A4_LONG_TWIPS = 16838;
  private static final long MARGIN_TWIPS = 1134; // 2 cm

  private final XWPFDocument word;

  WordSetup(XWPFDocument word) {
    this.word = word;
  }

  void properties(DocumentProperties properties, Instant created) {
    POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
    core.setTitle(properties.title());
    core.setCreator(properties.author());
    core.setSubjectProperty(properties.subject());
    core.setDescription(properties.subject());
    Optional<Date> date = Optional.of(Date.from(created));
    core.setCreated(date);
    core.setModified(date);
    core.setLastModifiedByUser(properties.author());
    word.getProperties().getExtendedProperties().setApplication("tertial");
  }

  /** The styles, with {@code language} (e.g. sv-SE) as every run's language for spelling. */
  void styles(String language) {
    XWPFStyles styles = word.createStyles();
    CTStyles all = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = all.addNewDocDefaults();
    CTRPr run = defaults.addNewRPrDefault().addNewRPr();
    fonts(run.addNewRFonts());
    run.addNewSz().setVal(BigInteger.valueOf(20));
    run.addNewLang().setVal(language);
    CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
    styles.setStyles(all);
    styles.addStyle(new XWPFStyle(paragraphStyle("Normal", "Normal"), styles));
    for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
      styles.addStyle(new XWPFStyle(heading(level), styles));
    }
    CTStyle title = paragraphStyle("Title", "Title");
    title.addNewBasedOn().setVal("Normal");
    title.addNewRPr().addNewSz().setVal(BigInteger.valueOf(40));
    title.getRPr().addNewB();
    styles.addStyle(new XWPFStyle(title, styles));
    CTStyle list = paragraphStyle("ListParagraph", "List Paragraph");
    list.addNewBasedOn().setVal("Normal");
    list.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
    styles.addStyle(new XWPFStyle(list, styles));
    for (int level = 1; level <= 3; level++) {
      CTStyle toc = paragraphStyle("TOC" + level, "toc " + level);
      toc.addNewBasedOn().setVal("Normal");
      toc.addNewNext().setVal("Normal");
      styles.addStyle(new XWPFStyle(toc, styles));
    }
    CTStyle reference = CTStyle.Factory.newInstance();
    reference.setStyleId("FootnoteReference");
    reference.setType(STStyleType.CHARACTER);
    reference.addNewName().setVal("footnote reference");
    reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    styles.addStyle(new XWPFStyle(reference, styles));
    CTStyle footnote = paragraphStyle("FootnoteText", "footnote text");
    footnote.addNewBasedOn().setVal("Normal");
    footnote.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
    styles.addStyle(new XWPFStyle(footnote, styles));
  }

  /** Word's own ids and names ("heading 1"), which Word and LibreOffice map to outline levels. */
  private static CTStyle heading(int level) {
    CTStyle style = paragraphStyle("Heading" + level, "heading " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
    paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    CTRPr run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
    return style;
  }

  private static CTStyle paragraphStyle(String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    return style;
  }

  private static void fonts(CTFonts fonts) {
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

  /** The width between the margins, in twentieths of a point. */
  static long textWidthTwips(boolean landscape) {
    return (landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS) - 2 * MARGIN_TWIPS;
  }

  void page(boolean landscape) {
    CTSectPr section = word.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT_TWIPS : A4_LONG_TWIPS));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
  }

  /** "Sida N (M)" with Word's PAGE and NUMPAGES fields, right-aligned. */
  void footer() {
    XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph line = footer.createParagraph();
    line.setAlignment(ParagraphAlignment.RIGHT);
    line.createRun().setText("Sida ");
    Fields.append(line, "PAGE", "1");
    line.createRun().setText(" (");
    Fields.append(line, "NUMPAGES", "1");
    line.createRun().setText(")");
  }

  /** A one-level bullet list for the XHTML's {@code ul}; its number id for paragraphs. */
  BigInteger bulletList() {
    XWPFNumbering numbering = word.createNumbering();
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    CTPPrGeneral indent = level.addNewPPr();
    indent.addNewInd().setLeft(BigInteger.valueOf(360));
    indent.getInd().setHanging(BigInteger.valueOf(360));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    return numbering.addNum(abstractId);
  }
}

package se.tertial.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.files.Logo;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.PdfText;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * Every sample of every kind as a Word document: the measures, judgements, actions and text
 * sections of its PDF in the same order, Word's heading styles, repeating header rows, footnotes,
 * the page fields, the document properties, the same bytes twice, and a file LibreOffice opens.
 */
class DocxOutputTest {
  private static final String[] SAMPLES = {
    "lansjukvard2", "uppdrag-rd@2016-12", "uppdrag-rd", "manadsuppfoljning", "rs-plan-2023"
  };
  private static final Map<String, byte[]> DOCX = new TreeMap<>();
  private static final Map<String, String> PDF_TEXT = new TreeMap<>();
  private static final Map<String, Document> XHTML = new TreeMap<>();

  @BeforeAll
  static void render() throws Exception {
    TemplateEngine templates = TemplateEngine.bundled();
    DocumentRenderer pdf = renderer(templates, DocumentRenderer.Format.PDF);
    DocumentRenderer docx = renderer(templates, DocumentRenderer.Format.DOCX);
    DocumentRenderer html = renderer(templates, DocumentRenderer.Format.HTML);
    for (String sample : SAMPLES) {
      String folder = sample.replaceAll("@.*", "");
      Path input =
          folder.equals("lansjukvard2")
              ? Path.of("sample-data", folder, "lansjukvard2.xlsx")
              : Path.of("sample-data", folder, "csv");
      ReadResult read = ReadInput.read(input);
      Report report = read.report().orElseThrow();
      Period period =
          sample.contains("@")
              ? Period.parse(sample.substring(sample.indexOf('@') + 1))
              : report.info().period();
      ReportEvaluation evaluation =
          new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, period);
      DOCX.put(sample, docx.render(evaluation, Logo.beside(input)));
      XHTML.put(
          sample,
          Jsoup.parse(
              new String(html.render(evaluation, Logo.beside(input)), "UTF-8"),
              "",
              Parser.xmlParser()));
      try (PDDocument doc = Loader.loadPDF(pdf.render(evaluation, Logo.beside(input)))) {
        PDF_TEXT.put(sample, words(PdfText.flat(new PDFTextStripper().getText(doc))));
      }
    }
  }

  private static DocumentRenderer renderer(TemplateEngine templates, DocumentRenderer.Format f) {
    return new DocumentRenderer(templates, new DocumentRenderer.Options(f, false, "1700000000"));
  }

  /** Text as compared: no soft hyphens, every kind of space one space. */
  private static String words(String text) {
    return text.replace("\u00ad", "").replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static XWPFDocument open(String sample) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(DOCX.get(sample)));
  }

  /** One part of the package as text. */
  private static String part(String sample, String name) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DOCX.get(sample)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), "UTF-8");
        }
      }
    }
    throw new AssertionError(name + " not in " + sample);
  }

  private static String docxText(String sample) throws Exception {
    try (XWPFDocument word = open(sample);
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      return words(extractor.getText());
    }
  }

  /**
   * What a reader must find: every heading, every data table's cells and every text paragraph of
   * the document, in order, each cut to its first words (a PDF breaks long cells over lines).
   */
  private static List<String> items(String sample) {
    List<String> items = new ArrayList<>();
    Element body = XHTML.get(sample).selectFirst("body");
    for (Element e : body.select("h1, h2, h3, h4, table.data td, div.hyphenate > p")) {
      if (e.closest("ul.toc") != null || e.closest("table[role=presentation]") != null) {
        continue;
      }
      String text = words(e.text());
      if (text.length() > 3) {
        items.add(
            text.length() > 30 ? text.substring(0, text.lastIndexOf(' ', 30) + 1).strip() : text);
      }
    }
    return items;
  }

  @Test
  void everySampleHoldsThePdfsHeadingsCellsAndTextsInTheSameOrder() throws Exception {
    for (String sample : SAMPLES) {
      // Without spaces and hyphens: the PDF breaks and hyphenates lines ("DÅ04,08,ÅR") where the
      // DOCX does not.
      List<String> items = items(sample).stream().map(DocxOutputTest::unspaced).toList();
      assertThat(items).as(sample).hasSizeGreaterThan(10);
      assertThat(unspaced(PDF_TEXT.get(sample))).as("%s: PDF", sample).containsSubsequence(items);
      assertThat(unspaced(docxText(sample))).as("%s: DOCX", sample).containsSubsequence(items);
    }
  }

  private static String unspaced(String text) {
    return text.replace(" ", "").replace("-", "");
  }

  @Test
  void headingsUseWordsHeadingStylesSoTheNavigationPaneFindsThem() throws Exception {
    try (XWPFDocument word = open("lansjukvard2")) {
      List<String> h1 = new ArrayList<>();
      List<String> h3 = new ArrayList<>();
      for (XWPFParagraph p : word.getParagraphs()) {
        if ("Heading1".equals(p.getStyleID())) {
          h1.add(p.getText());
        } else if ("Heading3".equals(p.getStyleID())) {
          h3.add(p.getText());
        }
      }
      assertThat(h1)
          .containsSubsequence(
              "Inledning", "Sammanfattande bild av måluppfyllelse", "Teckenförklaring");
      assertThat(h3).contains("Strategiskt mål: God nära och samordnad vård");
      assertThat(word.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl())
          .isNotNull();
      assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(word.getParagraphs().stream().map(XWPFParagraph::getStyleID)).contains("Title");
    }
  }

  @Test
  void tablesRepeatTheirHeaderRowsAndKeepSymbolsWithTheirWords() throws Exception {
    try (XWPFDocument word = open("lansjukvard2")) {
      XWPFTable measures =
          word.getTables().stream()
              .filter(t -> t.getRow(0).getCell(0).getText().startsWith("Framgångs"))
              .findFirst()
              .orElseThrow();
      XWPFTableRow header = measures.getRow(0);
      assertThat(header.isRepeatHeader()).isTrue();
      assertThat(measures.getRow(1).isRepeatHeader()).isFalse();
      assertThat(header.getTableCells()).hasSize(7);
      String body = measures.getText();
      // A judgement is a symbol and its word, never a colour alone.
      assertThat(body)
          .containsPattern("\\S[ \u00a0](Uppfyllt|Delvis uppfyllt|Ej uppfyllt|Ej bedömd)");
    }
  }

  @Test
  void footnotesAreWordFootnotesNotBodyText() throws Exception {
    for (String sample : List.of("rs-plan-2023", "lansjukvard2")) {
      Element firstNote = XHTML.get(sample).selectFirst("p.footnotes, ul.footnotes > li");
      assumeThat(firstNote).as("%s has a footnote", sample).isNotNull();
      try (XWPFDocument word = open(sample)) {
        List<String> notes =
            word.getFootnotes().stream()
                .map(n -> n.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                .map(t -> String.join(" ", t))
                .toList();
        String noteText = words(firstNote.ownText()).replaceFirst("^\\[[^\\]]*\\] *", "");
        assertThat(notes).as(sample).anyMatch(n -> words(n).contains(noteText));
        String body =
            words(Jsoup.parse(part(sample, "word/document.xml"), "", Parser.xmlParser()).text());
        assertThat(body)
            .as("%s: the note is not repeated in the body", sample)
            .doesNotContain(noteText);
      }
    }
  }

  @Test
  void theFooterCountsPagesWithWordsFieldsAndThePropertiesNameTheDocument() throws Exception {
    try (XWPFDocument word = open("lansjukvard2")) {
      String footer = part("lansjukvard2", "word/footer1.xml");
      assertThat(footer).contains("Sida ").contains(" PAGE ").contains(" NUMPAGES ");
      var core = word.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Bilaga till delårsrapport per april 2022");
      assertThat(core.getCreator()).contains("Lotta Lilja");
      assertThat(core.getSubject()).contains("Division Länssjukvård 2");
      assertThat(part("lansjukvard2", "word/styles.xml")).contains("w:lang w:val=\"sv-SE\"");
      assertThat(word.getAllPictures()).as("the summary chart").isNotEmpty();
      assertThat(word.getDocument().xmlText()).contains("descr=\"Medborgare:");
    }
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    DocumentRenderer again = renderer(TemplateEngine.bundled(), DocumentRenderer.Format.DOCX);
    Path input = Path.of("sample-data", "manadsuppfoljning", "csv");
    Report report = ReadInput.read(input).report().orElseThrow();
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, report.info().period());
    assertThat(again.render(evaluation, Logo.beside(input)))
        .isEqualTo(DOCX.get("manadsuppfoljning"));
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(DOCX.get("lansjukvard2")))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo("2023-11-14T22:13:20");
      }
    }
  }

  @Test
  void libreOfficeOpensEverySampleWithoutRepairAndPrintsItsText(@TempDir Path dir)
      throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/soffice")))
        .as("LibreOffice (.ci/run installs it)")
        .isTrue();
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.resolve("pdf").toString()));
    for (String sample : SAMPLES) {
      Path file = dir.resolve(sample.replace('@', '-') + ".docx");
      Files.write(file, DOCX.get(sample));
      command.add(file.toString());
    }
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(soffice.getInputStream().readAllBytes(), "UTF-8");
    assertThat(soffice.waitFor(300, TimeUnit.SECONDS)).isTrue();
    for (String sample : SAMPLES) {
      Path converted = dir.resolve("pdf").resolve(sample.replace('@', '-') + ".pdf");
      assertThat(converted).as("%s: %s", sample, log).exists();
      try (PDDocument doc = Loader.loadPDF(converted.toFile())) {
        String text = words(PdfText.flat(new PDFTextStripper().getText(doc)));
        List<String> items = items(sample);
        assertThat(text).as(sample).contains(items.get(0)).contains(items.get(items.size() - 1));
      }
    }
  }
}

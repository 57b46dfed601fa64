package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfContentTest {

  private static String text;
  private static String firstPage;
  private static List<String> bookmarks;
  private static String language;
  private static String title;
  private static String subject;
  private static String author;

  @BeforeAll
  static void render() throws Exception {
    try (PDDocument doc = Loader.loadPDF(RenderedFixture.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      text = stripper.getText(doc);
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      firstPage = stripper.getText(doc);
      bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        item.children().forEach(child -> bookmarks.add("  " + child.getTitle()));
      }
      language = doc.getDocumentCatalog().getLanguage();
      title = doc.getDocumentInformation().getTitle();
      subject = doc.getDocumentInformation().getSubject();
      author = doc.getDocumentInformation().getAuthor();
    }
  }

  @Test
  void everyPageHasTheHeaderTableAndPageNumber() {
    assertThat(firstPage)
        .contains("GÄLLER FÖR VERKSAMHET", "DOKUMENT-ID", "VERSION")
        .contains("PUBLICERINGSDATUM", "ANSVARIG", "UPPRÄTTAD AV")
        .contains("Region Norrbotten", "ARBGRP656-997614808-294", "0.6", "2022-05-31")
        .contains("Jan Öström", "Lotta Lilja")
        .contains("Sida 1 (");
    assertThat(text.split("GÄLLER FÖR VERKSAMHET", -1).length - 1)
        .isEqualTo(text.split("Sida \\d+ \\(", -1).length - 1);
  }

  @Test
  void containsEveryPerspectiveMeasureAndAction() {
    assertThat(text).contains("Medborgare", "Verksamhet", "Ekonomi");
    for (var measure : Fixtures.evaluation().report().measures()) {
      assertThat(PdfText.flat(text)).contains(measure.name());
    }
    for (var action : Fixtures.evaluation().report().actions()) {
      assertThat(PdfText.flat(text)).contains("Åtgärd: " + action.title());
    }
    assertThat(text).contains("K: 41\u00a0%", "\u221217,7\u00a0mnkr", "8,4\u00a0%", "Data saknas");
  }

  @Test
  void containsTheLegendAndSymbolTexts() {
    assertThat(text)
        .contains("Teckenförklaring")
        .contains("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd")
        .contains("Förbättrad", "Oförändrad", "Försämrad")
        .contains("Pågår enligt plan", "Pågår med avvikelse", "Genomförd", "Status saknas");
  }

  @Test
  void bookmarksMirrorTheTableOfContents() {
    assertThat(bookmarks)
        .containsExactly(
            "Inledning",
            "Produktion, tillgänglighet mm",
            "  Produktion",
            "  Tillgänglighet",
            "Sammanfattande bild av måluppfyllelse",
            "Måluppfyllelse i perspektiv",
            "  Medborgare",
            "  Verksamhet",
            "  Ekonomi",
            "Uppföljning av divisionens strategiska åtgärder",
            "  Medborgare",
            "  Verksamhet",
            "  Ekonomi",
            "Teckenförklaring");
  }

  @Test
  void isSwedishWithTitleAndDescription() {
    assertThat(language).isEqualTo("sv-SE");
    assertThat(title).isEqualTo("Bilaga till delårsrapport per april 2022");
    assertThat(subject).startsWith("Bilaga till delårsrapport per april 2022 för Division");
    assertThat(author).isEqualTo("Lotta Lilja, Region Norrbotten");
  }

  @Test
  void sameInputGivesTheSameBytes() throws Exception {
    TemplateRenderer other = new TemplateRenderer(TemplateEngine.bundled());
    byte[] again =
        other.pdf(RenderedFixture.MODEL, "delarsbilaga.ftl", false, RenderedFixture.DATES);
    assertThat(sha256(again)).isEqualTo(sha256(RenderedFixture.pdf()));
  }

  @Test
  void tableOfContentsHasPageNumbers() {
    assertThat(text).containsPattern("Teckenförklaring[ .]*\\d+");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}

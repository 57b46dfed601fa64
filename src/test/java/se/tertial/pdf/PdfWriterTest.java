package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.tertial.model.Period;

class PdfWriterTest {

  private static final String XHTML =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
        "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE"><head><title>Prov</title>
      <style>body { font-family: 'Liberation Sans'; } b { font-weight: bold; }</style></head>
      <body><h1>Måluppfyllelse</h1><p>Andel <b>ökad</b> med 12,5 %.</p></body></html>
      """;

  @Test
  void compressesWithZlibsFastestLevelUnlessTheJvmWasGivenOne() {
    String before = System.getProperty(PdfWriter.DEFLATE_LEVEL);
    new PdfWriter();
    assertThat(System.getProperty(PdfWriter.DEFLATE_LEVEL))
        .isEqualTo(before == null ? "1" : before);
  }

  @Test
  void fontsStayUsableAfterTheRendererIsReleasedBeforeSaving() throws IOException {
    // The renderer is closed before save; the subsetting at save still needs the fonts.
    PdfDates dates = PdfDates.of(null, LocalDate.of(2022, 6, 15), Period.tertial(2022, 1));
    byte[] pdf = new PdfWriter().write(XHTML, dates);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Måluppfyllelse").contains("ökad").contains("12,5 %");
    }
    assertThat(new PdfWriter().write(XHTML, dates)).isEqualTo(pdf);
  }

  @Test
  void outputIntentIsTheShippedSrgbProfileNotTheRunningJdks() throws IOException {
    // Java 17 and 25 ship different sRGB profile bytes; the PDF must not depend on which runs.
    PdfDates dates = PdfDates.of(null, LocalDate.of(2022, 6, 15), Period.tertial(2022, 1));
    try (PDDocument document = Loader.loadPDF(new PdfWriter().write(XHTML, dates))) {
      List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      try (InputStream profile = intents.get(0).getDestOutputIntent().createInputStream()) {
        assertThat(profile.readAllBytes()).isEqualTo(Resources.bytes("icc/sRGB.icc"));
      }
    }
    assertThat(Resources.srgbProfile()).hasSizeGreaterThan(3000);
  }
}

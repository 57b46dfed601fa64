package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.tertial.pdf.PdfWriter;

class PdfValidationTest {

  @Test
  void passesPdfUa1WithZeroFailedRules() throws Exception {
    assertThat(VeraPdf.failures(RenderedFixture.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void passesPdfA2uWithZeroFailedRules() throws Exception {
    assertThat(VeraPdf.failures(RenderedFixture.pdf(), PDFAFlavour.PDFA_2_U)).isEmpty();
  }

  /** Proves the validator is live: a document without a title must fail PDF/UA-1. */
  @Test
  void validatorRejectsADocumentWithoutTitle() throws Exception {
    String xhtml =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head></head>"
            + "<body><p style=\"font-family: 'Liberation Sans'\">Text</p></body></html>";
    byte[] pdf = new PdfWriter().write(xhtml, RenderedFixture.DATES);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isNotEmpty();
  }
}

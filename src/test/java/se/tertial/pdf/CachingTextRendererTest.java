package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class CachingTextRendererTest {

  private static final List<String> TEXTS =
      List.of(
          "",
          "Styrmått",
          "Andel patienter som får vård inom 90 dagar − mål ≥ 80 %",
          "Mål\u00aduppfyllelse", // soft hyphen
          "12\u00a0345,6 mnkr – ökning",
          "Åtgärd: Fortsatt arbete med screeningverksamhet, även i Överkalix",
          "Ej påbörjad ● ▲ ■",
          "tab\tand\nnewline",
          "bild\uFFFCersättning", // object replacement character, skipped like the soft hyphen
          "\u00ad\u00ad"); // nothing printable at all

  @Test
  void widthsEqualTheStockRenderersForEveryTextAndSizeAlsoWhenMeasuredRepeatedly()
      throws Exception {
    byte[] ttf = Resources.bytes("liberation/LiberationSans-Regular.ttf");
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(ttf), true);
      FontDescription description = new FontDescription(font, IdentValue.NORMAL, 400);
      PdfBoxTextRenderer stock = new PdfBoxTextRenderer();
      CachingTextRenderer cached = new CachingTextRenderer();
      stock.setup(null, new SimpleBidiReorderer());
      cached.setup(null, new SimpleBidiReorderer());
      for (float size : new float[] {7f, 8.5f, 10f, 24f}) {
        PdfBoxFSFont fsFont = new PdfBoxFSFont(List.of(description), size);
        for (int round = 0; round < 2; round++) {
          for (String text : TEXTS) {
            assertThat(cached.getWidth(null, fsFont, text))
                .as("%s at %s pt, round %d", text, size, round)
                .isEqualTo(stock.getWidth(null, fsFont, text));
          }
        }
      }
      // Something was measured at all (a renderer returning 0 would pass the comparison above
      // only if the stock one did too).
      assertThat(cached.getWidth(null, new PdfBoxFSFont(List.of(description), 10f), "Styrmått"))
          .isGreaterThan(30);
    }
  }
}

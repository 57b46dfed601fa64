package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/**
 * Pages from {@link IndexedPageResources} give the same PDF bytes as openhtmltopdf's own pages, and
 * their {@code /Properties} answers "holds this object?" exactly as PDFBox's scan would.
 */
class IndexedPageResourcesTest {

  @Test
  void pagesWithManyPropertyListsSaveToTheSameBytesAsPlainPages() throws IOException {
    assertThat(pdf(true, 3, 400)).isEqualTo(pdf(false, 3, 400));
  }

  @Test
  void aPageWithoutPropertyListsGetsNoPropertiesDictionary() throws IOException {
    assertThat(pdf(true, 2, 0)).isEqualTo(pdf(false, 2, 0));
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new IndexedPageResources().requestPage(doc, 100, 100, 0, -1);
      // Asked for it (as PDResources.add does first), but nothing entered: still absent.
      assertThat(page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES))
          .isNotNull();
      assertThat(page.getResources().getCOSObject().containsKey(COSName.PROPERTIES)).isFalse();
    }
  }

  @Test
  void aPropertyListAddedTwiceKeepsItsFirstName() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new IndexedPageResources().requestPage(doc, 100, 100, 0, -1);
      PDPropertyList list = PDPropertyList.create(artifact(1));
      COSName first = page.getResources().add(list);
      page.getResources().add(PDPropertyList.create(artifact(2)));
      assertThat(page.getResources().add(list)).isEqualTo(first);
    }
  }

  @Test
  void theIndexFollowsReplacedRemovedAndClearedEntries() {
    IndexedPageResources.ValueIndexedMap map = new IndexedPageResources.ValueIndexedMap();
    COSDictionary a = artifact(1);
    COSDictionary b = artifact(2);
    map.put(COSName.A, a);
    map.put(COSName.B, a);
    assertThat(map.containsValue(a)).isTrue();
    map.put(COSName.A, b);
    assertThat(map.containsValue(a)).as("still under B").isTrue();
    map.remove(COSName.B);
    assertThat(map.containsValue(a)).isFalse();
    assertThat(map.containsValue(b)).isTrue();
    // An equal but distinct dictionary is not the same object, as with PDFBox's own map.
    assertThat(map.containsValue(artifact(2))).isFalse();
    map.clear();
    assertThat(map.containsValue(b)).isFalse();
  }

  @Test
  void numbersStillCompareByValue() {
    IndexedPageResources.ValueIndexedMap map = new IndexedPageResources.ValueIndexedMap();
    map.put(COSName.N, COSInteger.get(123_456));
    assertThat(map.containsValue(COSInteger.get(123_456))).isTrue();
    assertThat(map.containsValue(COSInteger.get(7))).isFalse();
  }

  /** Pages as openhtmltopdf paints them: artifacts with a bounding box, and plain MCID spans. */
  private static byte[] pdf(boolean indexed, int pages, int artifactsPerPage) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      IndexedPageResources supplier = new IndexedPageResources();
      for (int p = 0; p < pages; p++) {
        PDPage page;
        if (indexed) {
          page = supplier.requestPage(doc, 595, 842, p, -1);
        } else {
          page = new PDPage(new PDRectangle(595, 842));
          doc.addPage(page);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true)) {
          for (int i = 0; i < artifactsPerPage; i++) {
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact(i)));
            cs.addRect(i % 500, i % 800, 10, 10);
            cs.fill();
            cs.endMarkedContent();
            COSDictionary span = new COSDictionary();
            span.setInt(COSName.MCID, i);
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
            cs.endMarkedContent();
          }
        }
      }
      // A fixed ID: PDFBox's own derives from the clock.
      COSArray id = new COSArray();
      id.add(new COSString("tertial"));
      id.add(new COSString("tertial"));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSDictionary artifact(int n) {
    COSDictionary dict = new COSDictionary();
    dict.setItem(COSName.TYPE, COSName.getPDFName("Background"));
    dict.setInt(COSName.getPDFName("N"), n);
    return dict;
  }
}

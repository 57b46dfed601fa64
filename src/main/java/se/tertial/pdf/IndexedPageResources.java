package se.tertial.pdf;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages whose resource dictionary finds a property list in constant time, for the same bytes.
 *
 * <p>Every tagged artifact with more than an MCID (a table cell's background and borders, the page
 * number) is a property list that PDFBox adds to the page's {@code /Properties} through {@code
 * PDResources.add}, which first asks whether the dictionary already holds that very object: a scan
 * of every entry, so a page of n artifacts cost n²/2 comparisons (6 % of a batch's CPU). Here the
 * {@code /Properties} dictionary keeps an identity index of its values beside PDFBox's own ordered
 * map, so the answer is one lookup. Nothing else differs from openhtmltopdf's own pages: the same
 * page dictionary in the same key order, and {@code /Properties} enters the resources at the moment
 * PDFBox would have put it there (its first entry), so a page without property lists has none.
 */
final class IndexedPageResources implements PageSupplier {

  @Override
  public PDPage requestPage(
      PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
    // As openhtmltopdf's own supplier, plus the resources its content stream would have created.
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    doc.addPage(page);
    page.setResources(new PDResources(new ResourcesDictionary()));
    return page;
  }

  /**
   * A page's {@code /Resources}. Asked for its {@code /Properties} before it has any, it answers
   * with an empty indexed dictionary that enters it on its first entry, where PDFBox would create a
   * plain one and enter it at the same point.
   */
  static final class ResourcesDictionary extends COSDictionary {
    private final PropertiesDictionary pendingProperties = new PropertiesDictionary(this);

    @Override
    public COSDictionary getCOSDictionary(COSName key) {
      COSDictionary present = super.getCOSDictionary(key);
      if (present == null && COSName.PROPERTIES.equals(key)) {
        return pendingProperties;
      }
      return present;
    }
  }

  /** A {@code /Properties} dictionary whose "holds this object?" is one lookup. */
  static final class PropertiesDictionary extends COSDictionary {
    private final COSDictionary owner;
    private boolean entered;

    PropertiesDictionary(COSDictionary owner) {
      this.owner = owner;
      items = new ValueIndexedMap();
    }

    @Override
    public void setItem(COSName key, COSBase value) {
      if (!entered && value != null) {
        entered = true;
        owner.setItem(COSName.PROPERTIES, this);
      }
      super.setItem(key, value);
    }
  }

  /**
   * PDFBox's ordered map with a count of each value by identity. For the values whose equality is
   * identity (dictionaries, arrays, references: everything a property list is) the index answers
   * {@code containsValue} exactly; numbers, names and strings compare by value and are still
   * scanned.
   */
  static final class ValueIndexedMap extends LinkedHashMap<COSName, COSBase> {
    private final Map<COSBase, Integer> counts = new IdentityHashMap<>();

    @Override
    public COSBase put(COSName key, COSBase value) {
      COSBase old = super.put(key, value);
      forget(old);
      counts.merge(value, 1, Integer::sum);
      return old;
    }

    @Override
    public void putAll(Map<? extends COSName, ? extends COSBase> entries) {
      entries.forEach(this::put);
    }

    @Override
    public COSBase remove(Object key) {
      COSBase old = super.remove(key);
      forget(old);
      return old;
    }

    @Override
    public void clear() {
      super.clear();
      counts.clear();
    }

    @Override
    public boolean containsValue(Object value) {
      if (value instanceof COSDictionary
          || value instanceof COSArray
          || value instanceof COSObject) {
        return counts.containsKey(value);
      }
      return super.containsValue(value);
    }

    private void forget(COSBase value) {
      if (value != null) {
        counts.computeIfPresent(value, (v, n) -> n == 1 ? null : n - 1);
      }
    }
  }
}

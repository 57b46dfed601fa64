package se.tertial.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a tagged PDF prints, page by page: every run of text that belongs to the document's
 * structure (a marked-content sequence with an MCID), with where it stands on its page and the
 * structure elements that hold it (Document → … → H2, or Table → TBody → TR → TD). Artifacts — the
 * running page header, the page number, repeated table headers — carry no MCID and are left out, so
 * what remains is exactly what a reader sees as the document's content.
 *
 * <p>The structure tree says what a run of text is (a heading, a table header cell, a row's first
 * cell), the text positions say where it is: together they tell what ends a page without guessing
 * from font sizes or colours a theme may change.
 */
final class PageContents {

  /**
   * A run of text on a page.
   *
   * @param page the page, from 1
   * @param path the structure elements from the root to the innermost one holding the text
   * @param text the text, as extracted
   * @param top the top of its highest glyph, in points from the page's top edge
   * @param bottom the baseline of its lowest glyph, in points from the page's top edge
   * @param order its place in the document's reading order (the structure tree's)
   */
  record Item(
      int page, List<PDStructureElement> path, String text, float top, float bottom, int order) {

    /** The innermost element of {@code type} ("TR", "H2"…) holding this text, or null. */
    PDStructureElement nearest(String type) {
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i).getStructureType().equals(type)) {
          return path.get(i);
        }
      }
      return null;
    }

    boolean within(String type) {
      return nearest(type) != null;
    }

    /** Whether the text is (part of) a heading, H1–H6. */
    boolean heading() {
      return path.stream().anyMatch(e -> e.getStructureType().matches("H[1-6]?"));
    }

    /** Whether the text is in an element of the structure {@code element}. */
    boolean inside(PDStructureElement element) {
      return path.stream().anyMatch(e -> e == element);
    }
  }

  private final List<List<Item>> pages;
  private final float pageHeight;

  private PageContents(List<List<Item>> pages, float pageHeight) {
    this.pages = pages;
    this.pageHeight = pageHeight;
  }

  /** The items of every page of {@code pdf}, each page's in reading order. */
  static PageContents of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
      if (root == null) {
        throw new IllegalArgumentException("the PDF has no structure tree (not tagged)");
      }
      // Keyed by the pages' dictionaries: PDFBox makes a new PDPage wrapper at every call.
      Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pageNumbers.put(document.getPage(i).getCOSObject(), i + 1);
      }
      Map<Long, Owner> owners = new HashMap<>();
      collect(root, new ArrayList<>(), null, pageNumbers, owners);
      List<List<Item>> pages = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pages.add(items(document.getPage(i), i + 1, owners));
      }
      return new PageContents(pages, document.getPage(0).getMediaBox().getHeight());
    }
  }

  int pageCount() {
    return pages.size();
  }

  /** The items of page {@code number} (from 1), in the order the structure tree gives them. */
  List<Item> page(int number) {
    return pages.get(number - 1);
  }

  /** Every item of the document, page by page. */
  List<Item> all() {
    return pages.stream().flatMap(List::stream).toList();
  }

  float pageHeight() {
    return pageHeight;
  }

  /** The elements holding one marked-content sequence, and its place in reading order. */
  private record Owner(List<PDStructureElement> path, int order) {
    Owner {
      path = List.copyOf(path);
    }
  }

  private static long key(int page, int mcid) {
    return ((long) page << 32) | mcid;
  }

  /** Records, for each (page, MCID), the elements from the root down to the one that owns it. */
  private static void collect(
      PDStructureNode node,
      List<PDStructureElement> path,
      PDPage inheritedPage,
      Map<COSDictionary, Integer> pageNumbers,
      Map<Long, Owner> owners) {
    PDPage page = inheritedPage;
    if (node instanceof PDStructureElement element && element.getPage() != null) {
      page = element.getPage();
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement child) {
        List<PDStructureElement> childPath = new ArrayList<>(path);
        childPath.add(child);
        collect(child, childPath, page, pageNumbers, owners);
      } else if (kid instanceof PDMarkedContentReference reference) {
        PDPage referencePage = reference.getPage() != null ? reference.getPage() : page;
        Integer number = pageNumbers.get(referencePage.getCOSObject());
        if (number != null) {
          owners.put(key(number, reference.getMCID()), new Owner(path, owners.size()));
        }
      } else if (kid instanceof Integer mcid && page != null) {
        Integer number = pageNumbers.get(page.getCOSObject());
        if (number != null) {
          owners.put(key(number, mcid), new Owner(path, owners.size()));
        }
      }
    }
  }

  private static List<Item> items(PDPage page, int number, Map<Long, Owner> owners)
      throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    List<Item> items = new ArrayList<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      addItems(content, number, owners, items);
    }
    // Content streams paint in layer order (backgrounds, then text, table cells column by column);
    // the structure tree gives the reading order.
    items.sort(Comparator.comparingInt(Item::order));
    return Collections.unmodifiableList(items);
  }

  private static void addItems(
      PDMarkedContent content, int page, Map<Long, Owner> owners, List<Item> out) {
    Owner owner = content.getMCID() >= 0 ? owners.get(key(page, content.getMCID())) : null;
    List<TextPosition> glyphs = new ArrayList<>();
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition glyph) {
        glyphs.add(glyph);
      } else if (part instanceof PDMarkedContent nested) {
        if (nested.getMCID() >= 0 || owner == null) {
          addItems(nested, page, owners, out);
        } else {
          collectGlyphs(nested, glyphs);
        }
      }
    }
    if (owner == null || glyphs.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (TextPosition glyph : glyphs) {
      text.append(glyph.getUnicode());
      if (glyph.getUnicode().isBlank()) {
        continue;
      }
      top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
      bottom = Math.max(bottom, glyph.getYDirAdj());
    }
    if (top == Float.MAX_VALUE) {
      return;
    }
    out.add(new Item(page, owner.path(), text.toString().strip(), top, bottom, owner.order()));
  }

  private static void collectGlyphs(PDMarkedContent content, List<TextPosition> glyphs) {
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition glyph) {
        glyphs.add(glyph);
      } else if (part instanceof PDMarkedContent nested) {
        collectGlyphs(nested, glyphs);
      }
    }
  }
}

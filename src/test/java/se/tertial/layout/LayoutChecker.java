package se.tertial.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import se.tertial.layout.PageContents.Item;

/**
 * A publisher's pagination rules, checked on a rendered PDF (its structure tree and text positions,
 * {@link PageContents}) rather than by eye:
 *
 * <ul>
 *   <li><b>Keep with next:</b> a heading and a table's header row stand on the same page as the
 *       first content that follows them (text, a list item, the table's first row), so no page ends
 *       with a heading, a heading and an empty table header, or a header row alone.
 *   <li><b>Rows whole:</b> a table row that fits on a page is not split across pages (a split row's
 *       rest would stand under the repeated header without its Nr and Mål).
 *   <li><b>No stray tails:</b> no page holds nothing but the rest of something begun on an earlier
 *       page (a row's or a paragraph's last lines under a repeated header).
 *   <li><b>Legend:</b> the Teckenförklaring is not split when it fits on a page, and does not stand
 *       on a page of its own when it fits below the content of the page before.
 * </ul>
 *
 * Each broken rule is one line naming the page and the text, so a failing test says where to look.
 */
final class LayoutChecker {
  private static final float MM = 72f / 25.4f;

  /**
   * Where a page's content may stand, in points from the top edge: the A4 page box and the margins
   * of {@code templates/common/paged.css} (36 mm above for the running header, 18 mm below).
   */
  record Body(float top, float bottom) {
    static final Body A4 = new Body(36 * MM, (297 - 18) * MM);

    float height() {
      return bottom - top;
    }
  }

  private static final String LEGEND = "Teckenförklaring";
  // Room a repeated table header takes on a continuation page (one to three lines of 8.5 pt).
  private static final float REPEATED_HEADER = 40;

  private final Body body;

  LayoutChecker(Body body) {
    this.body = body;
  }

  LayoutChecker() {
    this(Body.A4);
  }

  /** Every broken rule of the document, in page order; empty when the layout is fine. */
  List<String> problems(PageContents document) {
    List<String> problems = new ArrayList<>();
    problems.addAll(keepWithNext(document));
    problems.addAll(splitRows(document));
    problems.addAll(strayTails(document));
    problems.addAll(legend(document));
    return problems;
  }

  /**
   * Headings and first header rows wait for the content they introduce: each must be on the page
   * where that content starts. A header row repeated on a later page is no introduction.
   */
  private List<String> keepWithNext(PageContents document) {
    List<String> problems = new ArrayList<>();
    Set<PDStructureElement> headersSeen = new HashSet<>();
    List<Item> waiting = new ArrayList<>();
    for (Item item : document.all()) {
      PDStructureElement header = item.nearest("THead");
      if (header != null) {
        if (headersSeen.contains(header) && (waiting.isEmpty() || !inside(waiting, header))) {
          continue; // the header repeated at the top of a continuation page
        }
        headersSeen.add(header);
        waiting.add(item);
        continue;
      }
      if (item.heading()) {
        waiting.add(item);
        continue;
      }
      for (Item introduction : waiting) {
        if (introduction.page() != item.page()) {
          problems.add(
              "page %d ends with %s «%s»; what it introduces starts on page %d («%s»)"
                  .formatted(
                      introduction.page(),
                      introduction.heading() ? "the heading" : "the table header",
                      headingText(document, introduction),
                      item.page(),
                      shorten(item.text())));
          break;
        }
      }
      waiting.clear();
    }
    return problems.stream().distinct().toList();
  }

  private static boolean inside(List<Item> items, PDStructureElement element) {
    return items.stream().anyMatch(i -> i.inside(element));
  }

  /** The whole heading's text (a heading may be several lines, one item each). */
  private static String headingText(PageContents document, Item line) {
    PDStructureElement owner = line.heading() ? headingElement(line) : line.nearest("TR");
    StringBuilder text = new StringBuilder();
    for (Item item : document.page(line.page())) {
      if (owner != null && item.inside(owner)) {
        text.append(text.isEmpty() ? "" : " ").append(item.text());
      }
    }
    return shorten(text.isEmpty() ? line.text() : text.toString());
  }

  private static PDStructureElement headingElement(Item item) {
    for (int i = item.path().size() - 1; i >= 0; i--) {
      if (item.path().get(i).getStructureType().matches("H[1-6]?")) {
        return item.path().get(i);
      }
    }
    return null;
  }

  /** Rows of a table body that fit on one page stand on one page. */
  private List<String> splitRows(PageContents document) {
    Map<PDStructureElement, List<Item>> rows = new IdentityHashMap<>();
    for (Item item : document.all()) {
      PDStructureElement row = bodyRow(item);
      if (row != null) {
        rows.computeIfAbsent(row, r -> new ArrayList<>()).add(item);
      }
    }
    List<String> problems = new ArrayList<>();
    for (List<Item> items : rows.values()) {
      String label = items.stream().min(Comparator.comparingInt(Item::order)).orElseThrow().text();
      int first = items.get(0).page();
      int last = items.get(items.size() - 1).page();
      if (first == last) {
        continue;
      }
      float height = 0;
      for (int page = first; page <= last; page++) {
        height += extent(items, page);
      }
      if (height <= body.height() - REPEATED_HEADER) {
        problems.add(
            "the row «%s» is split across pages %d–%d although it fits on one page (%.0f pt of %.0f)"
                .formatted(shorten(label), first, last, height, body.height()));
      }
    }
    return problems;
  }

  /** The row of a table body (or of a table without sections) holding the item, or null. */
  private static PDStructureElement bodyRow(Item item) {
    PDStructureElement row = item.nearest("TR");
    return row == null || item.within("THead") || item.within("TFoot") ? null : row;
  }

  /** From the top of the items' first line on {@code page} to the baseline of their last. */
  private static float extent(List<Item> items, int page) {
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (Item item : items) {
      if (item.page() == page) {
        top = Math.min(top, item.top());
        bottom = Math.max(bottom, item.bottom());
      }
    }
    return top == Float.MAX_VALUE ? 0 : bottom - top;
  }

  /**
   * A page holds something new: a line of a block (row, list item, paragraph, heading) that starts
   * on it. A page of nothing but repeated headers and the rest of blocks begun before is a tail.
   */
  private List<String> strayTails(PageContents document) {
    Map<PDStructureElement, Integer> startPage = new HashMap<>();
    for (Item item : document.all()) {
      startPage.putIfAbsent(block(item), item.page());
    }
    List<String> problems = new ArrayList<>();
    for (int page = 2; page <= document.pageCount(); page++) {
      List<Item> items = document.page(page);
      if (items.isEmpty()) {
        problems.add("page %d is empty".formatted(page));
        continue;
      }
      int current = page;
      boolean somethingNew =
          items.stream().anyMatch(i -> !i.within("THead") && startPage.get(block(i)) == current);
      if (!somethingNew) {
        problems.add(
            "page %d holds nothing but the rest of «%s», begun on page %d"
                .formatted(
                    page,
                    shorten(items.get(items.size() - 1).text()),
                    startPage.get(block(items.get(items.size() - 1)))));
      }
    }
    return problems;
  }

  /**
   * The block an item belongs to: its table row (a row is one block, however many paragraphs its
   * cells hold), else its list item, paragraph or heading.
   */
  private static PDStructureElement block(Item item) {
    PDStructureElement row = item.nearest("TR");
    if (row != null) {
      return row;
    }
    for (int i = item.path().size() - 1; i >= 0; i--) {
      String type = item.path().get(i).getStructureType();
      if (type.matches("LI|P|H[1-6]?|Caption")) {
        return item.path().get(i);
      }
    }
    return item.path().get(item.path().size() - 1);
  }

  /** The legend: whole on one page when it fits, and not alone when the page before has room. */
  private List<String> legend(PageContents document) {
    List<Item> all = document.all();
    int start = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).heading() && all.get(i).text().equals(LEGEND)) {
        start = i;
      }
    }
    if (start < 0) {
      return List.of();
    }
    // The legend's chapter: the element holding its heading, to the document's end at most.
    List<PDStructureElement> path = all.get(start).path();
    int level = path.indexOf(headingElement(all.get(start)));
    PDStructureElement chapter = level > 0 ? path.get(level - 1) : null;
    List<Item> legend = new ArrayList<>();
    for (int i = start; i < all.size(); i++) {
      if (chapter == null || all.get(i).inside(chapter)) {
        legend.add(all.get(i));
      }
    }
    int first = legend.get(0).page();
    int last = legend.get(legend.size() - 1).page();
    float height = 0;
    for (int page = first; page <= last; page++) {
      height += extent(legend, page);
    }
    List<String> problems = new ArrayList<>();
    if (first != last && height < body.height()) {
      problems.add(
          "the legend is split across pages %d–%d although it fits on one page (%.0f pt)"
              .formatted(first, last, height));
    }
    List<Item> firstPage = document.page(first);
    boolean alone = firstPage.get(0) == legend.get(0);
    if (alone && first > 1) {
      List<Item> before = document.page(first - 1);
      float used =
          before.isEmpty()
              ? body.top()
              : before.stream().map(Item::bottom).reduce(Float::max).orElseThrow();
      // The legend's heading needs its top margin above it too (about a line).
      if (body.bottom() - used >= height + 30) {
        problems.add(
            "the legend stands on page %d of its own although it fits below the content of page %d (%.0f pt free, %.0f pt needed)"
                .formatted(first, first - 1, body.bottom() - used, height + 30));
      }
    }
    return problems;
  }

  private static String shorten(String text) {
    String flat = text.replace('\u00AD', ' ').replaceAll("\\s+", " ").strip();
    return flat.length() > 70 ? flat.substring(0, 70) + "…" : flat;
  }
}

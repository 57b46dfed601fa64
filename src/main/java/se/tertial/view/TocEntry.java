package se.tertial.view;

import java.util.List;

/**
 * An entry of the table of contents and the PDF outline.
 *
 * @param anchor the target element's id
 * @param title the heading text
 * @param children sub-entries (perspectives under their chapter)
 */
public record TocEntry(String anchor, String title, List<TocEntry> children) {
  public TocEntry {
    children = List.copyOf(children);
  }

  public TocEntry(String anchor, String title) {
    this(anchor, title, List.of());
  }
}

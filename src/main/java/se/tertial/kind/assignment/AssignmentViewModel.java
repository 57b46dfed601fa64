package se.tertial.kind.assignment;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * What the uppdragsåterkoppling template shows: the items under their "Ärende/fråga" with this
 * period's "Pågående arbete/åtgärder" and "Resultat".
 *
 * @param meta document metadata
 * @param toc the issues, for the table of contents and PDF bookmarks
 * @param intro the "Inledning" text, if any
 * @param sections sections of their own (Avsnitt without a place, e.g. "Sammanfattning"), after the
 *     introduction
 * @param issues the items grouped by issue, in input order
 */
public record AssignmentViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    TextSection intro,
    List<TextSection> sections,
    List<IssueGroup> issues)
    implements KindViewModel {

  /** The generated text of an item whose report is the same as the previous period's. */
  public static final String NOTHING_NEW = "Inget nytt att redovisa sedan föregående rapport";

  /** The text of an item without a report for the period. */
  public static final String NO_ENTRY = "Återkoppling saknas för perioden.";

  public AssignmentViewModel {
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    issues = List.copyOf(issues);
  }

  @Override
  public AssignmentViewModel withMeta(DocumentMeta other) {
    return new AssignmentViewModel(other, toc, intro, sections, issues);
  }

  /**
   * An "Ärende/fråga" with its items.
   *
   * @param anchor element id
   * @param issue the heading
   * @param items the items in input order
   */
  public record IssueGroup(String anchor, String issue, List<AssignmentRow> items) {
    public IssueGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * One item's row.
   *
   * @param nr the item's number
   * @param title the item
   * @param work "Pågående arbete/åtgärder" (or the generated "nothing new" text)
   * @param result "Resultat"
   * @param unchanged whether the text was generated because nothing changed
   */
  public record AssignmentRow(
      String nr, String title, SafeHtml work, SafeHtml result, boolean unchanged) {}
}

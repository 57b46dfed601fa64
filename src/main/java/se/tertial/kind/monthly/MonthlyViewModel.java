package se.tertial.kind.monthly;

import java.util.List;
import se.tertial.view.DocumentMeta;
import se.tertial.view.KindViewModel;
import se.tertial.view.LabelledText;
import se.tertial.view.TextSection;
import se.tertial.view.TocEntry;

/**
 * What the månadsuppföljning template shows: one box per assignment with its four fields.
 *
 * @param meta document metadata
 * @param toc the assignments, for the table of contents and PDF bookmarks
 * @param intro the "Inledning" text, if any
 * @param sections sections of their own (Avsnitt without a place, e.g. "Sammanfattning"), after the
 *     introduction
 * @param boxes one per assignment reported for the month, in input order
 */
public record MonthlyViewModel(
    DocumentMeta meta,
    List<TocEntry> toc,
    TextSection intro,
    List<TextSection> sections,
    List<MonthlyBox> boxes)
    implements KindViewModel {

  public MonthlyViewModel {
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
    boxes = List.copyOf(boxes);
  }

  @Override
  public MonthlyViewModel withMeta(DocumentMeta other) {
    return new MonthlyViewModel(other, toc, intro, sections, boxes);
  }

  /**
   * An assignment's box.
   *
   * @param anchor element id
   * @param nr the assignment's number
   * @param title the assignment
   * @param fields Kommande månad, Senaste månaden, Kommentarer, Uppkomna risker och eventuellt
   *     behov av stöd — always all four, "–" where the cell is empty
   */
  public record MonthlyBox(String anchor, String nr, String title, List<LabelledText> fields) {
    public MonthlyBox {
      fields = List.copyOf(fields);
    }
  }
}

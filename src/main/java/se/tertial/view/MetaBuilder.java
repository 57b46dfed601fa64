package se.tertial.view;

import java.util.List;
import se.tertial.model.DocumentTitles;
import se.tertial.model.Period;
import se.tertial.model.ReportInfo;

/** The document metadata every kind's view model starts from. */
public final class MetaBuilder {
  private MetaBuilder() {}

  /**
   * The metadata of a document.
   *
   * @param about what the document holds, ending the PDF's description sentence
   */
  public static DocumentMeta meta(
      ReportInfo info, Period period, String logoDataUri, String about) {
    // The title and date of the period rendered, never the Rapport sheet's other period's.
    String title = DocumentTitles.title(info, period);
    String unit = info.unit();
    String who =
        String.join(
            ", ", List.of(unit, info.organisation()).stream().filter(s -> !s.isBlank()).toList());
    String description = title + (who.isEmpty() ? "" : " för " + who) + ": " + about;
    String author =
        String.join(
            ", ",
            List.of(info.preparedBy(), info.organisation()).stream()
                .filter(s -> !s.isBlank())
                .toList());
    String logo = logoDataUri == null ? "" : logoDataUri;
    return new DocumentMeta(
        title,
        description,
        author.isEmpty() ? "tertial" : author,
        info.organisation(),
        unit,
        period.label(),
        period.perLabel(),
        info.documentId(),
        info.version(),
        DisplayFormat.date(info.publicationDate(period)),
        info.responsible(),
        info.preparedBy(),
        logo,
        (info.organisation().isBlank() ? unit : info.organisation()) + ", logotyp",
        true,
        false);
  }
}

package se.tertial.workflow;

import java.util.List;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.model.ReportInfo;
import se.tertial.model.SourceRef;

/**
 * Publiceringsdatum (publication date) for the period rendered: a workbook that dates its documents
 * but has no date for this period gets a warning naming the field to fill in, since the document
 * then prints no date (never another period's). A workbook that gives no date at all is left alone:
 * undated documents are its choice.
 */
final class PublicationDateCheck implements ReportCheck {

  @Override
  public List<Finding> check(Report report) {
    ReportInfo info = report.info();
    if (info.period() == null || info.publicationDate() != null || !info.datesDocuments()) {
      return List.of();
    }
    return List.of(
        Finding.warning(
            "publication.missing",
            rapportSheet(report),
            Messages.get(
                "publication.missing",
                info.period().code(),
                ReportInfo.publicationField(info.period()))));
  }

  /**
   * The Rapport sheet (or rapport.csv) of the input, from where the measures were read; the report
   * keeps no position of its metadata.
   */
  private static SourceRef rapportSheet(Report report) {
    return report.measures().stream()
        .map(Measure::where)
        .filter(w -> w != null && w.file() != null)
        .findFirst()
        .map(
            w ->
                w.sheet() != null
                    ? SourceRef.sheet(w.file(), "Rapport")
                    : SourceRef.file("rapport.csv"))
        .orElse(SourceRef.file("Rapport"));
  }
}

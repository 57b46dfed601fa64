package se.tertial.write;

import java.util.Objects;
import se.tertial.model.DocumentTitles;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;

/**
 * Carries a unit's report into a new period: metadata, measures, targets, actions and texts stay;
 * every earlier outcome and status stays too (trends and regeneration of old periods need them).
 * The empty rows for the new period are added when the template is written ({@link
 * TemplateWriter}), not here, because the model has no "status not yet given".
 */
public final class CarryForward {
  private CarryForward() {}

  /**
   * The previous report moved to {@code period}. The publication date is cleared (the new report is
   * not published yet; the old one is kept as {@code Publiceringsdatum <old period>}) and a title
   * naming the old period ("… per april 2022") names the new one ({@link DocumentTitles}).
   */
  public static Report to(Report previous, Period period) {
    Objects.requireNonNull(period, "period");
    ReportInfo old = previous.info();
    java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(old.extra());
    if (old.period() != null && !old.period().equals(period) && old.publicationDate() != null) {
      // The old period's date stays with its period, so it can still be rendered with it.
      extra.putIfAbsent(
          ReportInfo.publicationField(old.period()), old.publicationDate().toString());
    }
    ReportInfo info =
        old.toBuilder()
            .title(old.title().isBlank() ? "" : DocumentTitles.title(old, period))
            .period(period)
            .publicationDate(null)
            .extra(extra)
            .build();
    return new Report(
        info,
        previous.measures(),
        previous.outcomes(),
        previous.actions(),
        previous.statuses(),
        previous.sections(),
        previous.data());
  }
}

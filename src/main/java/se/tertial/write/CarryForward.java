package se.tertial.write;

import java.util.Objects;
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
   * not published yet) and a title naming the old period ("… per april 2022") names the new one.
   */
  public static Report to(Report previous, Period period) {
    Objects.requireNonNull(period, "period");
    ReportInfo old = previous.info();
    ReportInfo info =
        new ReportInfo(
            title(old.title(), old.period(), period),
            old.organisation(),
            old.unit(),
            period,
            old.documentId(),
            old.version(),
            old.responsible(),
            old.preparedBy(),
            null,
            old.tolerance(),
            old.absoluteTolerance(),
            old.kind(),
            old.extra());
    return new Report(
        info,
        previous.measures(),
        previous.outcomes(),
        previous.actions(),
        previous.statuses(),
        previous.sections());
  }

  private static String title(String title, Period from, Period to) {
    if (from == null) {
      return title;
    }
    // Only the exact phrase is replaced: a free-form title is the analyst's to change.
    return title.replace(from.perLabel(), to.perLabel()).replace(from.label(), to.label());
  }
}

package se.tertial.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.tertial.model.DocumentTitles;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.Section;

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
    Map<String, String> extra = new LinkedHashMap<>(old.extra());
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
        texts(previous, period),
        previous.data());
  }

  /**
   * The Texter rows of the next period's workbook: every row kept (a row read without the Period
   * column dated with the period it was written for, so the old document can be rendered again with
   * its own texts), then a copy of each text of the previous period for {@code period}, marked
   * {@code Skriv om} — unless the key already has a row for {@code period}.
   */
  public static List<Section> texts(Report previous, Period period) {
    List<Section> result = new ArrayList<>();
    for (Section s : previous.sections()) {
      result.add(s.workbookPeriod() == null ? s : s.forPeriod(s.workbookPeriod(), s.rewrite()));
    }
    result.addAll(copies(previous, period));
    return result;
  }

  /**
   * The copies of the previous period's texts for {@code period}, marked {@code Skriv om}: one for
   * each text the previous document used whose key has no row for {@code period} yet.
   */
  public static List<Section> copies(Report previous, Period period) {
    List<Section> result = new ArrayList<>();
    Period from = previous.info().period();
    if (from == null || from.equals(period)) {
      return result;
    }
    Set<String> prepared = new HashSet<>();
    previous.sections().stream()
        .filter(s -> period.equals(s.period()))
        .forEach(s -> prepared.add(s.foldedKey()));
    for (Section s : previous.texts()) {
      if (!prepared.contains(s.foldedKey())) {
        result.add(s.forPeriod(period, true));
      }
    }
    return result;
  }
}

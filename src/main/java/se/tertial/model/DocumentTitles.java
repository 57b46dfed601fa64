package se.tertial.model;

import java.util.Objects;

/**
 * The title of a report kind's document for a period, from the message bundle ({@code
 * title.<kind>.period} and {@code title.<kind>.year}): "Bilaga till delårsrapport per augusti
 * 2024", "Bilaga till årsredovisning 2024". The Rapport sheet's {@code Titel} is kept for its own
 * period; for another period it is kept only when it names no period of its own.
 */
public final class DocumentTitles {
  private DocumentTitles() {}

  /** The kind's standard title for {@code period}. */
  public static String standard(String kind, Period period) {
    String id = ReportKind.parse(kind).orElse(ReportKind.DELARSBILAGA).id();
    // A December appendix closes the year; a December monthly follow-up is still a monthly one.
    boolean year =
        period.kind() == PeriodKind.YEAR || (id.equals("delarsbilaga") && period.isYearEnd());
    String family = year ? "year" : "period";
    return Messages.get(
        "title." + id + "." + family,
        period.perLabel(),
        Integer.toString(period.year()),
        period.label());
  }

  /**
   * The title of {@code info}'s document rendered for {@code period}: the sheet's title for the
   * sheet's own period (the kind's standard title when blank); for another period the standard
   * title when the sheet's title names the sheet's period, else the sheet's title with the period's
   * year in place of the sheet's year.
   */
  public static String title(ReportInfo info, Period period) {
    Objects.requireNonNull(period, "period");
    String own = info.title().strip();
    Period from = info.period();
    if (own.isEmpty()) {
      return standard(info.kind(), period);
    }
    if (from == null || from.equals(period)) {
      return own;
    }
    if (namesPeriod(own, from)) {
      return standard(info.kind(), period);
    }
    // "Regionstyrelsens plan 2023" for 2024: only the year is the period's.
    return own.replaceAll("\\b" + from.year() + "\\b", Integer.toString(period.year()));
  }

  /** Whether {@code text} names {@code period}: its per-label, label, code or standard title. */
  public static boolean namesPeriod(String text, Period period) {
    String lower = text.toLowerCase(Messages.SWEDISH);
    return lower.contains(period.perLabel())
        || lower.contains(period.label().toLowerCase(Messages.SWEDISH))
        || lower.contains(period.code().toLowerCase(Messages.SWEDISH))
        || lower.contains(standard("", period).toLowerCase(Messages.SWEDISH));
  }
}

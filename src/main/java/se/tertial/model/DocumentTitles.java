package se.tertial.model;

import java.util.Objects;
import java.util.regex.Pattern;

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
    String key = KindKey.of(kind);
    // A kind without titles of its own (one of the user's, a test's) gets the delårsbilaga's.
    String id = Messages.has("title." + key + ".period") ? key : ReportInfo.DEFAULT_KIND;
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
    // "Bilaga till delårsrapport per april 2022 för X" → "Bilaga till årsredovisning 2022 för X".
    String standardFrom = standard(info.kind(), from);
    int at = own.toLowerCase(Messages.SWEDISH).indexOf(standardFrom.toLowerCase(Messages.SWEDISH));
    if (at >= 0) {
      return own.substring(0, at)
          + standard(info.kind(), period)
          + own.substring(at + standardFrom.length());
    }
    // "Tertialrapport T1 2022" → "Tertialrapport T2 2022"; "Regionstyrelsens plan 2023" → 2024.
    String moved =
        replace(own, from.perLabel(), period.perLabel())
            .replace(from.label(), period.label())
            .replace(from.code(), period.code());
    return moved.replaceAll("\\b" + from.year() + "\\b", Integer.toString(period.year()));
  }

  private static String replace(String text, String phrase, String by) {
    return text.replaceAll("(?iu)" + Pattern.quote(phrase), by);
  }
}

package se.tertial.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.PeriodKind;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.model.Section;
import se.tertial.model.SourceRef;
import se.tertial.write.StaleTexts;

/**
 * Texter (the free text sections) that do not belong to the period rendered. Only warns; the texts
 * are the analyst's.
 *
 * <ul>
 *   <li>A text of the rendered period that names another period of the year, earlier or later: a T2
 *       introduction that still says "januari–april" was written for T1; a T1 introduction about
 *       "årsredovisning 2025" was written for the year end.
 *   <li>A copy {@code next-period} made and marked {@code Skriv om}, not yet rewritten.
 *   <li>A {@code Texter} sheet without the {@code Period} column rendered for another period than
 *       the workbook's own: its texts were written for that one.
 *   <li>A key with texts for other periods but none for the rendered one (nor one for every
 *       period): the document lacks a text the others have.
 * </ul>
 */
final class PeriodTextsCheck implements ReportCheck {

  @Override
  public List<Finding> check(Report report) {
    Period period = report.info().period();
    if (period == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    undatedSheet(report, period).ifPresent(findings::add);
    List<Period> others = otherPeriodsOfTheYear(period);
    for (Section section : report.texts()) {
      SourceRef where = where(section);
      if (section.rewrite()) {
        boolean unchanged = copied(report, section);
        findings.add(
            Finding.warning(
                "text.rewrite",
                column(section, where, "Skriv om"),
                Messages.get(
                    unchanged ? "text.rewrite" : "text.rewriteMarked",
                    section.key(),
                    period.code())));
      }
      otherPeriodNamed(section, period, others)
          .ifPresent(
              named -> {
                boolean inHeading =
                    StaleTexts.phrase(section.heading(), named.period()).isPresent();
                findings.add(
                    Finding.warning(
                        "text.otherPeriod",
                        column(section, where, inHeading ? "Rubrik" : "Text"),
                        Messages.get(
                            "text.otherPeriod",
                            section.key(),
                            named.phrase(),
                            named.period().code(),
                            period.code())));
              });
    }
    missingForPeriod(report, period, findings);
    return findings;
  }

  /**
   * The first phrase of the section naming another period of the year, else one naming a tertial or
   * year end of a later year ("per april 2023" in a 2022 document regenerated from a 2023
   * workbook).
   */
  private static Optional<StaleTexts.Named> otherPeriodNamed(
      Section section, Period period, List<Period> others) {
    String text = section.heading() + "\n" + section.text();
    // A phrase with its year names its period exactly; "per april" alone names this year's T1.
    Optional<StaleTexts.Named> later = StaleTexts.laterYear(text, period);
    if (later.isPresent()) {
      return later;
    }
    for (Period other : others) {
      Optional<String> phrase = StaleTexts.phrase(text, other);
      if (phrase.isPresent()) {
        return Optional.of(new StaleTexts.Named(phrase.get(), other));
      }
    }
    return Optional.empty();
  }

  /** One warning for a sheet without the Period column rendered for another period. */
  private static Optional<Finding> undatedSheet(Report report, Period period) {
    return report.sections().stream()
        .filter(s -> s.workbookPeriod() != null && !s.workbookPeriod().equals(period))
        .findFirst()
        .map(
            s ->
                Finding.warning(
                    "text.noPeriodColumn",
                    s.where() == null
                        ? SourceRef.file("Texter")
                        : SourceRef.sheet(s.where().file(), s.where().sheet()),
                    Messages.get(
                        "text.noPeriodColumn",
                        s.where() == null
                            ? "Texter"
                            : Objects.requireNonNullElse(s.where().sheet(), s.where().file()),
                        s.workbookPeriod().code(),
                        period.code())));
  }

  /** Whether a marked text is still the text it was copied from (another row, same key). */
  private static boolean copied(Report report, Section marked) {
    return report.sections().stream()
        .filter(s -> s != marked && s.foldedKey().equals(marked.foldedKey()))
        .anyMatch(s -> s.heading().equals(marked.heading()) && s.text().equals(marked.text()));
  }

  private static void missingForPeriod(Report report, Period period, List<Finding> findings) {
    Set<String> present = new LinkedHashSet<>();
    report.texts().forEach(s -> present.add(s.foldedKey()));
    Set<String> warned = new LinkedHashSet<>();
    for (Section s : report.sections()) {
      if (s.period() != null && !present.contains(s.foldedKey()) && warned.add(s.foldedKey())) {
        findings.add(
            Finding.warning(
                "text.missingForPeriod",
                where(s),
                Messages.get("text.missingForPeriod", s.key(), s.period().code(), period.code())));
      }
    }
  }

  private static SourceRef where(Section section) {
    return section.where() == null ? SourceRef.file("Texter") : section.where();
  }

  /** The cell of {@code column} on the section's row, so the finding names what to change. */
  private static SourceRef column(Section section, SourceRef where, String column) {
    return section.where() == null ? where : where.column(column);
  }

  /**
   * The other periods of the same year in {@code period}'s family, before and after it: T2 and ÅR
   * for T1, T1 and ÅR for T2, T1 and T2 for ÅR. Months and quarters have none (a monthly text
   * naming next month is planning, not a stale text).
   */
  private static List<Period> otherPeriodsOfTheYear(Period period) {
    List<Period> others = new ArrayList<>();
    if (period.kind() == PeriodKind.TERTIAL || period.kind() == PeriodKind.YEAR) {
      for (Period p = Period.tertial(period.year(), 1); p.year() == period.year(); p = p.next()) {
        if (!p.equals(period)) {
          others.add(p);
        }
      }
    }
    return others;
  }
}

package se.tertial.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Texter (the free text sections) that name an earlier period of the year than the one rendered: a
 * T2 document whose introduction still says "januari–april" was written for T1. The texts are one
 * per workbook, so rendering another period ({@code render --period 2024-T2}, {@code batch}) prints
 * them as they are; this warns so the analyst rewrites them. Only warns.
 */
final class PeriodTextsCheck implements ReportCheck {

  @Override
  public List<Finding> check(Report report) {
    Period period = report.info().period();
    if (period == null) {
      return List.of();
    }
    List<Period> earlier = earlierInYear(period);
    List<Finding> findings = new ArrayList<>();
    for (Section section : report.sections()) {
      for (Period other : earlier) {
        Optional<String> phrase =
            StaleTexts.phrase(section.heading() + "\n" + section.text(), other);
        if (phrase.isPresent()) {
          findings.add(
              Finding.warning(
                  "text.otherPeriod",
                  section.where() == null ? SourceRef.file("Texter") : section.where(),
                  Messages.get(
                      "text.otherPeriod",
                      section.key(),
                      phrase.get(),
                      other.code(),
                      period.code())));
          break;
        }
      }
    }
    return findings;
  }

  /**
   * The periods of the same year before {@code period} in its family: T1 for T2, T1 and T2 for ÅR.
   */
  private static List<Period> earlierInYear(Period period) {
    List<Period> earlier = new ArrayList<>();
    if (period.kind() == PeriodKind.TERTIAL || period.kind() == PeriodKind.YEAR) {
      for (Period p = Period.tertial(period.year(), 1); p.compareTo(period) < 0; p = p.next()) {
        earlier.add(p);
      }
    }
    return earlier;
  }
}

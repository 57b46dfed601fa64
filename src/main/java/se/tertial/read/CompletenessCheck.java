package se.tertial.read;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.tertial.model.Action;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;

/**
 * Warns about what is missing for the report's period: a measure without outcome (when the measure
 * is followed up in that period) and an action without status.
 */
public final class CompletenessCheck {
  private final Findings findings;

  CompletenessCheck(Findings findings) {
    this.findings = findings;
  }

  /**
   * Checks the report's period. Measures and actions in {@code rejectedIds}/{@code rejectedNrs} had
   * a row left out for an error already reported, so they get no second finding.
   */
  void check(Report report, Set<String> rejectedIds, Set<String> rejectedNrs) {
    Period period = report.info().period();
    for (Measure measure : report.measures()) {
      boolean reported =
          report.outcome(measure.id(), period).filter(CompletenessCheck::hasValue).isPresent();
      if (!reported && followedUpIn(measure, period) && !rejectedIds.contains(measure.id())) {
        findings.warning(
            "outcome.missing", measure.where().column("ID"), measure.id(), period.code());
      }
    }
    for (Action action : report.actions()) {
      if (report.status(action.nr(), period).isEmpty() && !rejectedNrs.contains(action.nr())) {
        findings.warning("status.missing", action.where().column("Nr"), action.nr(), period.code());
      }
    }
  }

  /**
   * The findings of this check for a report judged for another period than the one it was read for
   * ({@code render --period 2024-T1,2024-T2}, {@code batch}): the read-time findings name the read
   * period, these name {@code report.info().period()}. Rows left out for an error are not known
   * here; the error stops the render anyway.
   */
  public static List<Finding> findings(Report report) {
    Findings findings = new Findings();
    new CompletenessCheck(findings).check(report, Set.of(), Set.of());
    return findings.list();
  }

  /** The codes of this check's findings (what one period lacks). */
  public static final Set<String> CODES = Set.of("outcome.missing", "status.missing");

  private static boolean hasValue(Outcome outcome) {
    return outcome.hasNumbers() || !outcome.valueText().isBlank();
  }

  /**
   * Whether "DÅ04,08,ÅR" (or "T1, T2, ÅR", "april, augusti, december") includes the period's end
   * month. When the text cannot be understood the measure counts as followed up: better one warning
   * too many than a missing outcome nobody notices.
   */
  static boolean followedUpIn(Measure measure, Period period) {
    String text = Names.fold(measure.followUp()).toUpperCase(Locale.ROOT);
    if (text.isBlank()) {
      return true;
    }
    Set<Integer> months = new HashSet<>();
    for (String token : text.split("[,;/ ]+")) {
      String t = token.replaceFirst("^DA", "").replaceFirst("^DELAR", "");
      switch (t) {
        case "" -> {}
        case "AR", "T3", "BOKSLUT", "DEC" -> months.add(12);
        case "T1", "APR", "APRIL" -> months.add(4);
        case "T2", "AUG", "AUGUSTI" -> months.add(8);
        default -> {
          if (!t.matches("\\d{1,2}")) {
            return true;
          }
          months.add(Integer.parseInt(t));
        }
      }
    }
    return months.isEmpty() || months.contains(period.endMonth());
  }
}

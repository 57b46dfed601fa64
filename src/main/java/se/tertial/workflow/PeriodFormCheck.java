package se.tertial.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.tertial.model.ActionStatus;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.PeriodKind;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.model.SourceRef;
import se.tertial.read.ReadResult;

/**
 * An Utfall or Åtgärdsstatus row whose period is of another kind than the report's: "april 2022"
 * (the month 2022-04) in a delårsbilaga for 2022-T1. No document of the report shows it for its
 * period — the measure's T1 outcome would be missing, while the month became a period of its own
 * for {@code --all-periods} — so it is an error on the cell, asking for the report's form. Tertials
 * and the year end are one kind; a year end also goes with quarters (a quarterly report's year).
 * Checked once, against the period the input was read for, as part of reading ({@link #applied}):
 * every period judged from the read input shares the finding.
 */
final class PeriodFormCheck implements ReportCheck {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.workflow.messages");

  @Override
  public List<Finding> check(Report report) {
    Period period = report.info().period();
    List<Finding> findings = new ArrayList<>();
    if (period == null) {
      return findings;
    }
    for (Outcome o : report.outcomes()) {
      if (!sameForm(o.period(), period)) {
        findings.add(
            finding(o.period(), period, o.where(), TEXTS.get("periodForm.outcome", o.measureId())));
      }
    }
    for (ActionStatus s : report.statuses()) {
      if (!sameForm(s.period(), period)) {
        findings.add(
            finding(s.period(), period, s.where(), TEXTS.get("periodForm.status", s.nr())));
      }
    }
    return findings;
  }

  /**
   * {@code read} with this check's findings added, and without the "saknar utfall"/"saknar status"
   * warnings of the measures and actions whose rows it refuses (the error says why).
   */
  static ReadResult applied(ReadResult read) {
    if (read.report().isEmpty()) {
      return read;
    }
    Report report = read.report().get();
    List<Finding> refused = new PeriodFormCheck().check(report);
    if (refused.isEmpty()) {
      return read;
    }
    Set<SourceRef> explained = explainedKeys(report);
    List<Finding> findings = new ArrayList<>();
    for (Finding f : read.findings()) {
      if (!(InputPipeline.isPeriodFinding(f) && explained.contains(f.where()))) {
        findings.add(f);
      }
    }
    findings.addAll(refused);
    return new ReadResult(read.report(), findings);
  }

  /**
   * The ID and Nr cells of the measures and actions whose rows this check refuses: their "saknar
   * utfall"/"saknar status" warning would repeat the error, so the pipeline leaves it out.
   */
  private static Set<SourceRef> explainedKeys(Report report) {
    Period period = report.info().period();
    Set<SourceRef> keys = new HashSet<>();
    if (period == null) {
      return keys;
    }
    Set<String> ids = new HashSet<>();
    report.outcomes().stream()
        .filter(o -> !sameForm(o.period(), period))
        .forEach(o -> ids.add(o.measureId().split(":", 2)[0].strip()));
    report.measures().stream()
        .filter(m -> ids.contains(m.id()))
        .forEach(m -> keys.add(m.where().column("ID")));
    Set<String> nrs = new HashSet<>();
    report.statuses().stream()
        .filter(s -> !sameForm(s.period(), period))
        .forEach(s -> nrs.add(s.nr()));
    report.actions().stream()
        .filter(a -> nrs.contains(a.nr()))
        .forEach(a -> keys.add(a.where().column("Nr")));
    return keys;
  }

  private static Finding finding(Period row, Period report, SourceRef where, String what) {
    int year = row.year();
    return Finding.error(
        "period.otherForm",
        where.column("Period"),
        TEXTS.get(
            "periodForm.error",
            row.code(),
            TEXTS.get("periodForm.kind." + row.kind().name()),
            what,
            report.code(),
            TEXTS.get("periodForm.kind." + report.kind().name()),
            TEXTS.get("periodForm.examples." + family(report).name(), String.valueOf(year))));
  }

  /** Whether a row of {@code row} can be shown in a report for {@code report}. */
  static boolean sameForm(Period row, Period report) {
    PeriodKind a = family(row);
    PeriodKind b = family(report);
    return a == b
        || (row.kind() == PeriodKind.YEAR && b == PeriodKind.QUARTER)
        || (report.kind() == PeriodKind.YEAR && a == PeriodKind.QUARTER);
  }

  /** Months, quarters, or tertials with the year end. */
  private static PeriodKind family(Period period) {
    return period.kind() == PeriodKind.YEAR ? PeriodKind.TERTIAL : period.kind();
  }
}

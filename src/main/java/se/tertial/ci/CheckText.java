package se.tertial.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.tertial.model.Finding;

/**
 * The findings as the terminal shows them. One unit and period: every finding on its own line, then
 * {@code Kontroll klar: 1 fel, 2 varningar.} Many: a summary line per unit (its periods, its errors
 * and warnings) with its findings indented below it, each once, marked with the periods it was
 * found for when not all of them, then a line for the whole run. Counts in text are of distinct
 * findings per unit; the JSON counts them per (unit, period).
 */
public final class CheckText {
  private CheckText() {}

  /** The lines for {@code report}; {@code single} when one input was checked for one period. */
  public static List<String> lines(
      CheckReport report, boolean single, Function<Path, String> paths) {
    List<UnitFindings> findings = UnitFindings.of(report);
    List<String> lines = new ArrayList<>();
    if (single) {
      findings.forEach(f -> lines.add(line(f)));
      staleLines(report, lines);
      long errors = findings.stream().filter(f -> f.finding().isError()).count();
      long warnings = findings.stream().filter(f -> !f.acknowledged()).count() - errors;
      long acknowledged = findings.size() - errors - warnings;
      lines.add(
          findings.isEmpty() && report.stale().isEmpty()
              ? CiText.get("text.ok")
              : CiText.get("text.single", errors, warnings, acknowledgedNote(acknowledged)));
      return lines;
    }
    Map<Path, List<Checked>> units = new LinkedHashMap<>();
    report.items().forEach(i -> units.computeIfAbsent(i.input(), k -> new ArrayList<>()).add(i));
    long errors = 0;
    long warnings = 0;
    long acknowledged = 0;
    for (Map.Entry<Path, List<Checked>> unit : units.entrySet()) {
      List<String> periods =
          unit.getValue().stream().flatMap(i -> i.period().stream()).distinct().toList();
      List<UnitFindings> own =
          findings.stream().filter(f -> f.item().input().equals(unit.getKey())).toList();
      long unitErrors = own.stream().filter(f -> f.finding().isError()).count();
      long unitAcknowledged = own.stream().filter(UnitFindings::acknowledged).count();
      long unitWarnings = own.size() - unitErrors - unitAcknowledged;
      String name = paths.apply(unit.getKey());
      String header =
          periods.isEmpty()
              ? CiText.get("text.unit", name, unitErrors, unitWarnings)
              : CiText.get(
                  "text.unitPeriods", name, String.join(", ", periods), unitErrors, unitWarnings);
      lines.add(header + acknowledgedNote(unitAcknowledged));
      for (UnitFindings finding : own) {
        lines.add("  " + line(finding, periods.size()));
      }
      errors += unitErrors;
      warnings += unitWarnings;
      acknowledged += unitAcknowledged;
    }
    staleLines(report, lines);
    lines.add(
        CiText.get(
            "text.summary",
            units.size(),
            report.items().size(),
            errors,
            warnings,
            acknowledgedNote(acknowledged)));
    return lines;
  }

  private static String line(UnitFindings finding) {
    return line(finding, finding.periods().size());
  }

  /** The finding's line, with its periods when the unit had others without it. */
  private static String line(UnitFindings finding, int unitPeriods) {
    Finding f = finding.finding();
    String line =
        finding.periods().isEmpty() || finding.periods().size() == unitPeriods
            ? f.line()
            : CiText.get(
                "text.periodsOfFinding",
                f.severity().label(),
                String.join(", ", finding.periods()),
                f);
    return finding.acknowledged() ? CiText.get("acknowledged.line", line) : line;
  }

  private static void staleLines(CheckReport report, List<String> lines) {
    for (Baseline.Entry stale : report.stale()) {
      lines.add(CiText.get("baseline.stale", stale.input(), stale.code(), stale.location()));
    }
  }

  private static String acknowledgedNote(long acknowledged) {
    return acknowledged == 0 ? "" : CiText.get("text.acknowledgedCount", acknowledged);
  }
}

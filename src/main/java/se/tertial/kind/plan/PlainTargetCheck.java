package se.tertial.kind.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;

/**
 * A plain {@code Mål} the plan would not print: where every measure has year targets the plan's
 * tables show {@code Mål 2026}, {@code Mål 2027}… and no {@code Mål} column ({@link
 * TargetColumns}), so a plain Mål that says something none of its measure's year targets says is
 * named in a warning on its cell, never dropped without a word.
 */
final class PlainTargetCheck implements ReportCheck {
  private static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.kind.plan.messages");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> findings = new ArrayList<>();
    if (TargetColumns.plainShown(report.measures())) {
      return findings;
    }
    for (Measure m : report.measures()) {
      if (TargetColumns.plainSaysMore(m)) {
        String years =
            m.yearTargets().entrySet().stream()
                .map(e -> TEXTS.get("plainTarget.year", e.getKey(), e.getValue().strip()))
                .collect(Collectors.joining(", "));
        findings.add(
            Finding.warning(
                "plan.plainTargetHidden",
                m.where().column("Mål"),
                TEXTS.get("plainTarget.hidden", m.target().strip(), m.id(), years)));
      }
    }
    return findings;
  }
}

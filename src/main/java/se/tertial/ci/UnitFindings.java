package se.tertial.ci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tertial.model.Finding;

/**
 * A unit's findings once each, with the periods they were found for: a reading problem is found in
 * every period of the unit, and code scanning and annotations want it once, not three times.
 *
 * @param item the first (unit, period) that had the finding, for its file
 * @param finding the finding
 * @param periods the periods it was found for (empty when the unit failed before any period)
 * @param acknowledged whether the baseline covers it
 */
record UnitFindings(Checked item, Finding finding, List<String> periods, boolean acknowledged) {

  /** Every distinct finding of the report, per unit, in order of first appearance. */
  static List<UnitFindings> of(CheckReport report) {
    Map<List<Object>, UnitFindings> seen = new LinkedHashMap<>();
    for (Checked item : report.items()) {
      add(seen, item, item.findings(), false);
      add(seen, item, item.acknowledged(), true);
    }
    return List.copyOf(seen.values());
  }

  private static void add(
      Map<List<Object>, UnitFindings> seen, Checked item, List<Finding> findings, boolean ack) {
    Path input = item.input();
    for (Finding finding : findings) {
      UnitFindings first =
          seen.computeIfAbsent(
              List.of(input, finding, ack),
              k -> new UnitFindings(item, finding, new ArrayList<>(), ack));
      item.period().filter(p -> !first.periods().contains(p)).ifPresent(first.periods()::add);
    }
  }
}

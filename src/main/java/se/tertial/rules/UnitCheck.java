package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a target's unit contradicts the measure's Enhet: "högst 30 dagar" on a measure in %, or
 * "högst 2 mnkr" on one in tkr, would otherwise be judged as if the numbers were in the same unit —
 * a confident, wrong judgement. Only units both sides name plainly are compared; a unit this class
 * does not know (a noun such as "besök", an index) is never a conflict.
 */
final class UnitCheck {
  private UnitCheck() {}

  /** Each known spelling (folded) and the unit it means; percentage points count as %. */
  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("%", "%"),
          Map.entry("procent", "%"),
          Map.entry("procentenheter", "%"),
          Map.entry("p.e.", "%"),
          Map.entry("kr", "kr"),
          Map.entry("kronor", "kr"),
          Map.entry("tkr", "tkr"),
          Map.entry("mnkr", "mnkr"),
          Map.entry("mkr", "mnkr"),
          Map.entry("dag", "dagar"),
          Map.entry("dagar", "dagar"),
          Map.entry("dygn", "dagar"),
          Map.entry("vecka", "veckor"),
          Map.entry("veckor", "veckor"),
          Map.entry("manad", "månader"),
          Map.entry("manader", "månader"),
          Map.entry("timme", "timmar"),
          Map.entry("timmar", "timmar"),
          Map.entry("st", "st"),
          Map.entry("antal", "st"));

  /** The refusal to judge {@code rule} when its unit and {@code measureUnit} differ. */
  static Optional<TargetRule> conflict(TargetRule rule, String written, String measureUnit) {
    Optional<String> measure = unitOf(measureUnit);
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    for (String unit : units(rule)) {
      Optional<String> target = unitOf(unit);
      if (target.isPresent() && !target.get().equals(measure.get())) {
        return Optional.of(
            RuleRefusals.ambiguous(
                written,
                List.of(),
                RuleMessages.get("rule.unitConflict", unit.strip(), measureUnit.strip())));
      }
    }
    return Optional.empty();
  }

  private static List<String> units(TargetRule rule) {
    List<String> units = new ArrayList<>();
    if (rule instanceof Threshold t) {
      units.add(t.unit());
    } else if (rule instanceof Deadline d) {
      units.add(d.threshold().unit());
    } else if (rule instanceof PerSex p) {
      units.add(p.women().unit());
      units.add(p.men().unit());
    } else if (rule instanceof Range r) {
      units.add(r.unit());
    }
    return units;
  }

  /** The unit a text names: % anywhere wins, else the last word that is a known unit. */
  static Optional<String> unitOf(String text) {
    String folded = RuleTokenizer.fold(text == null ? "" : text);
    // "kr per plats", "besök per månad": the unit is what comes before "per".
    int per = folded.indexOf(" per ");
    if (per >= 0) {
      folded = folded.substring(0, per);
    } else if (folded.startsWith("per ")) {
      return Optional.empty();
    }
    if (folded.contains("%") || folded.contains("procent")) {
      return Optional.of("%");
    }
    String found = null;
    for (String word : folded.split("[\\s()/,;:]+")) {
      String unit = UNITS.get(word);
      if (unit != null) {
        found = unit;
      }
    }
    return Optional.ofNullable(found);
  }
}

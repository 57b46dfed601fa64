package se.tertial.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A styrmått (measure, indicator) with its target rule as written in the report.
 *
 * @param id the unit's own identifier, e.g. {@code M01}
 * @param perspective the scorecard perspective (Samhälle, Medborgare, Verksamhet, Medarbetare,
 *     Ekonomi)
 * @param strategicGoal strategiskt mål
 * @param successFactor framgångsfaktor
 * @param name the measure's name (styrmått)
 * @param target the target rule exactly as written ("Öka", "70%", "K 16,0 M 17,2"…), may be empty
 * @param polarity riktning: whether higher or lower is better
 * @param unit the unit of the outcome ("%", "st", "mnkr", "kr", "antal"), may be empty
 * @param followUp uppföljningsperiod as written ("DÅ04,08,ÅR")
 * @param comparison jämförelse: a reference value or text, may be empty
 * @param source källa, may be empty
 * @param footnote fotnot, may be empty
 * @param baseline ingångsvärde as written (plans), may be empty
 * @param yearTargets targets per year from the optional {@code Mål 2023}, {@code Mål 2025} columns
 * @param targetValue målvärde: the number judged against when the Mål text cannot be read (and
 *     checked against it when it can), or null
 * @param targetYear målår: the year the target applies to, its deadline, or null
 * @param where the row the measure was read from
 */
public record Measure(
    String id,
    String perspective,
    String strategicGoal,
    String successFactor,
    String name,
    String target,
    Polarity polarity,
    String unit,
    String followUp,
    String comparison,
    String source,
    String footnote,
    String baseline,
    Map<Integer, String> yearTargets,
    TargetValue targetValue,
    Integer targetYear,
    SourceRef where) {

  /** A measure without a baseline (the delårsbilaga's input has none), Målvärde or Målår. */
  public Measure(
      String id,
      String perspective,
      String strategicGoal,
      String successFactor,
      String name,
      String target,
      Polarity polarity,
      String unit,
      String followUp,
      String comparison,
      String source,
      String footnote,
      Map<Integer, String> yearTargets,
      SourceRef where) {
    this(
        id,
        perspective,
        strategicGoal,
        successFactor,
        name,
        target,
        polarity,
        unit,
        followUp,
        comparison,
        source,
        footnote,
        "",
        yearTargets,
        null,
        null,
        where);
  }

  public Measure {
    Objects.requireNonNull(id, "id");
    perspective = Objects.requireNonNullElse(perspective, "");
    strategicGoal = Objects.requireNonNullElse(strategicGoal, "");
    successFactor = Objects.requireNonNullElse(successFactor, "");
    name = Objects.requireNonNullElse(name, "");
    target = Objects.requireNonNullElse(target, "");
    polarity = Objects.requireNonNullElse(polarity, Polarity.UNSPECIFIED);
    unit = Objects.requireNonNullElse(unit, "");
    followUp = Objects.requireNonNullElse(followUp, "");
    comparison = Objects.requireNonNullElse(comparison, "");
    source = Objects.requireNonNullElse(source, "");
    footnote = Objects.requireNonNullElse(footnote, "");
    baseline = Objects.requireNonNullElse(baseline, "");
    yearTargets =
        yearTargets == null
            ? Map.of()
            : Collections.unmodifiableSortedMap(new TreeMap<>(yearTargets));
  }

  /** The same measure with a Målvärde and Målår (either may be null). */
  public Measure withTargetValue(TargetValue value, Integer year) {
    return new Measure(
        id,
        perspective,
        strategicGoal,
        successFactor,
        name,
        target,
        polarity,
        unit,
        followUp,
        comparison,
        source,
        footnote,
        baseline,
        yearTargets,
        value,
        year,
        where);
  }

  /** Whether outcomes are shares in percent (unit "%"). */
  public boolean isPercent() {
    return unit.strip().equals("%");
  }
}

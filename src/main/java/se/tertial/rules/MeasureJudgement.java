package se.tertial.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Sex;

/**
 * The verdict on one styrmått in one period: the rule it was judged by, the judgement (the manual
 * one when given, else the computed one), the trend, per-sex detail and the Swedish reason.
 *
 * @param measure the measure
 * @param outcome the period's outcome, or empty when none was reported
 * @param rule the parsed target rule
 * @param judgement the judgement shown: {@code manual} when present, else {@code computed}
 * @param computed the judgement the engine computed
 * @param manual the analyst's own judgement from the {@code Bedömning} column, if any
 * @param trend the overall trend
 * @param bySex per-breakdown detail: WOMEN and MEN when judged per sex, else TOTAL
 * @param explanation one Swedish sentence saying why
 * @param due whether the measure is followed up in the period (its Uppföljningsperiod includes it,
 *     or an outcome was reported anyway); a measure not due is neither judged nor counted as "Ej
 *     bedömd"
 * @param compared what the trend compared with, when the outcome had numbers to compare
 * @param reference the reference value the judgement was decided with, for a rule against a
 *     reference ("I nivå med riket") judged on numbers
 */
public record MeasureJudgement(
    Measure measure,
    Optional<Outcome> outcome,
    TargetRule rule,
    Judgement judgement,
    Judgement computed,
    Optional<Judgement> manual,
    Trend trend,
    Map<Sex, SexJudgement> bySex,
    String explanation,
    boolean due,
    Optional<TrendComparison> compared,
    Optional<ReferenceValue> reference) {

  public MeasureJudgement {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(trend, "trend");
    bySex = Map.copyOf(bySex);
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(compared, "compared");
    Objects.requireNonNull(reference, "reference");
  }

  /** A measure due in the period, with no trend comparison or reference recorded. */
  public MeasureJudgement(
      Measure measure,
      Optional<Outcome> outcome,
      TargetRule rule,
      Judgement judgement,
      Judgement computed,
      Optional<Judgement> manual,
      Trend trend,
      Map<Sex, SexJudgement> bySex,
      String explanation) {
    this(
        measure,
        outcome,
        rule,
        judgement,
        computed,
        manual,
        trend,
        bySex,
        explanation,
        true,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * "Ej aktuell denna period": what a measure not due in the period shows instead of a judgement.
   */
  public static String notDueLabel() {
    return RuleMessages.get("judgement.notDue");
  }

  /** The judgement's label, or {@link #notDueLabel()} for a measure not due in the period. */
  public String judgementLabel() {
    return due ? judgement.label() : notDueLabel();
  }

  /** Whether the measure was judged per sex (K and M separately). */
  public boolean isBySex() {
    return bySex.containsKey(Sex.WOMEN) && bySex.containsKey(Sex.MEN);
  }
}

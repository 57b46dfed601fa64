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
    String explanation) {

  public MeasureJudgement {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(trend, "trend");
    bySex = Map.copyOf(bySex);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Whether the measure was judged per sex (K and M separately). */
  public boolean isBySex() {
    return bySex.containsKey(Sex.WOMEN) && bySex.containsKey(Sex.MEN);
  }
}

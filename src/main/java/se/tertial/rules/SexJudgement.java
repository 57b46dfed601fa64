package se.tertial.rules;

import java.math.BigDecimal;
import se.tertial.model.Judgement;

/**
 * The judgement of one breakdown (K, M or total) of an outcome.
 *
 * @param value the period's value, or null
 * @param comparison the value it was compared with for the trend (or the rule's base), or null
 * @param judgement måluppfyllelse for this breakdown
 * @param trend utveckling for this breakdown
 */
public record SexJudgement(
    BigDecimal value, BigDecimal comparison, Judgement judgement, Trend trend) {}

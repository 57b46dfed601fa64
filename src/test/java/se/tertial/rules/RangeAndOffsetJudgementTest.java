package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/** Intervals, targets at a distance from a reference, and per-sex targets with a deadline. */
class RangeAndOffsetJudgementTest {
  private static final Period T2 = Period.tertial(2025, 2);

  private static RuleInput input(String value, String reference, String lastYear) {
    return new RuleInput(
        T2,
        new BigDecimal(value),
        "%",
        Polarity.UNSPECIFIED,
        lastYear == null ? null : new Comparison(new BigDecimal(lastYear), T2.previousYear()),
        null,
        null,
        reference == null ? null : new BigDecimal(reference),
        new Tolerance(BigDecimal.TEN, null));
  }

  private static Judgement judge(String text, Polarity riktning, RuleInput in) {
    TargetRule rule = TargetRuleParser.parse(text, riktning);
    return RuleEvaluator.judge(rule, Sex.TOTAL, in).judgement();
  }

  @Test
  void anIntervalIsMetInsideBothEndsIncludedAndPartlyMetJustOutside() {
    assertThat(judge("70–90 %", Polarity.UNSPECIFIED, input("70", null, null)))
        .isEqualTo(Judgement.MET);
    assertThat(judge("Mellan 70 och 90 %", Polarity.UNSPECIFIED, input("90", null, null)))
        .isEqualTo(Judgement.MET);
    // 95 is 5 above 90; the band around 90 is 9.
    assertThat(judge("Mellan 70 och 90 %", Polarity.UNSPECIFIED, input("95", null, null)))
        .isEqualTo(Judgement.PARTLY_MET);
    assertThat(judge("Inom 70–90 %", Polarity.UNSPECIFIED, input("50", null, null)))
        .isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void percentagePointsAboveTheReferenceAreAddedNotMultiplied() {
    // Riket 60 %: "2 p.e. över riket" means at least 62 %, never 61,2 %.
    assertThat(judge("2 p.e. över riket", Polarity.UNSPECIFIED, input("62", "60", null)))
        .isEqualTo(Judgement.MET);
    assertThat(judge("2 p.e. över riket", Polarity.UNSPECIFIED, input("61.5", "60", null)))
        .isEqualTo(Judgement.PARTLY_MET);
  }

  @Test
  void aRelativeDistanceBetterThanTheReferenceFollowsRiktning() {
    // Riket 40 dagar, lägre är bättre: "minst 5 % bättre" is at most 38 dagar.
    assertThat(
            judge("Minst 5 % bättre än riket", Polarity.LOWER_IS_BETTER, input("38", "40", null)))
        .isEqualTo(Judgement.MET);
    assertThat(
            judge("Minst 5 % bättre än riket", Polarity.LOWER_IS_BETTER, input("39", "40", null)))
        .isNotEqualTo(Judgement.MET);
    assertThat(
            judge("Minst 5 % bättre än riket", Polarity.HIGHER_IS_BETTER, input("42", "40", null)))
        .isEqualTo(Judgement.MET);
  }

  @Test
  void aDistanceFromAMissingReferenceIsNotAssessed() {
    assertThat(judge("2 p.e. över riket", Polarity.UNSPECIFIED, input("70", null, null)))
        .isEqualTo(Judgement.NOT_ASSESSED);
  }

  @Test
  void perSexTargetsWithADeadlineArePartlyMetBeforeItWhenImproving() {
    TargetRule rule =
        TargetRuleParser.parse("K 80 % M 75 % senast 2026", Polarity.HIGHER_IS_BETTER);
    assertThat(rule).isInstanceOf(PerSex.class);
    RuleInput improving = input("78", null, "70");
    assertThat(RuleEvaluator.judge(rule, Sex.WOMEN, improving).judgement())
        .isEqualTo(Judgement.PARTLY_MET);
    assertThat(RuleEvaluator.judge(rule, Sex.MEN, improving).judgement()).isEqualTo(Judgement.MET);
    RuleInput after =
        new RuleInput(
            Period.yearEnd(2026),
            new BigDecimal("78"),
            "%",
            Polarity.UNSPECIFIED,
            new Comparison(new BigDecimal("70"), Period.yearEnd(2025)),
            null,
            null,
            null,
            new Tolerance(BigDecimal.ONE, null));
    assertThat(RuleEvaluator.judge(rule, Sex.WOMEN, after).judgement())
        .isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void sevenOfTenOnAShareMeasureIsSeventyPercentNeverSeven() {
    TargetRuleParser.Parsed parsed =
        TargetRuleParser.read("Minst 7 av 10", Polarity.UNSPECIFIED, "%");
    assertThat(RuleFormat.typed(parsed.rule())).isEqualTo("threshold at_least 70 %");
    assertThat(judge("Minst sju av tio patienter", Polarity.UNSPECIFIED, input("72", null, null)))
        .isEqualTo(Judgement.MET);
    assertThat(judge("Minst sju av tio patienter", Polarity.UNSPECIFIED, input("8", null, null)))
        .isEqualTo(Judgement.NOT_MET);
  }
}

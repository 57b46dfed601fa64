package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.d;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * A level with a deadline ("100 % i dec", "Minst 90 % senast 2027", a level beside Målår) judged
 * before the deadline: not yet reached says nothing on its own about whether it will be. With an
 * earlier outcome to compare with, progress decides (partly met or not met); without one the tool
 * cannot know, so the measure is not assessed and the reason says why. From the deadline on, the
 * level is judged as it stands, comparison or not.
 */
class DeadlineWithoutComparisonTest {

  private static final Tolerance TEN = new Tolerance(BigDecimal.TEN, null);

  private static RuleInput input(Period period, String value, String previous) {
    return new RuleInput(
        period,
        d(value),
        "%",
        Polarity.UNSPECIFIED,
        null,
        previous == null ? null : new Comparison(d(previous), Period.yearEnd(period.year() - 1)),
        null,
        null,
        TEN);
  }

  private static Verdict judge(String target, Period period, String value, String previous) {
    return RuleEvaluator.judge(
        TargetRuleParser.parse(target, null), Sex.TOTAL, input(period, value, previous));
  }

  private static MeasureJudgement evaluate(Measure measure, Period period, Outcome... outcomes) {
    return new ReportEvaluator(EvaluationOptions.defaults())
        .evaluate(Fixtures.report(List.of(measure), List.of(outcomes)), period)
        .measures()
        .get(0);
  }

  private static Measure withMalar(String target, int year) {
    return measure("M1", target, Polarity.HIGHER_IS_BETTER, "%").withTargetValue(null, year);
  }

  @ParameterizedTest(name = "\"{0}\" in T1 2022 without an earlier outcome")
  @ValueSource(
      strings = {
        "100 % i dec",
        "Minst 90 % senast i juni",
        "Minst 90 % senast 2027",
        "Minst 90 % senast december 2027",
        "Minst 90 % till 2030",
        "Senast 2027 ska andelen vara minst 90 %"
      })
  void aDeadlineNotYetReachedWithNothingToCompareWithIsNotAssessedAndSaysWhy(String target) {
    Verdict v = judge(target, T1_2022, "41", null);
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(v.reason())
        .contains("når ännu inte målet")
        .contains("den tidpunkten är inte nådd")
        .contains("inget tidigare utfall finns att jämföra med");
  }

  @ParameterizedTest(name = "\"{0}\" in T1 2022 against 40 % before")
  @ValueSource(strings = {"100 % i dec", "Minst 90 % senast 2027", "Minst 90 % till 2030"})
  void withAComparisonValueProgressStillDecides(String target) {
    assertThat(judge(target, T1_2022, "41", "40").judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(judge(target, T1_2022, "41", "41").judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(judge(target, T1_2022, "41", "41").reason()).contains("har inte förbättrats");
  }

  @Test
  void aDeadlineAlreadyReachedIsMetWithoutAComparison() {
    assertThat(judge("Minst 90 % senast 2027", T1_2022, "95", null).judgement())
        .isEqualTo(Judgement.MET);
  }

  @Test
  void fromTheDeadlineOnTheLevelIsJudgedWithoutAComparison() {
    // "i dec" is this year's December: at the year's end it has come.
    Verdict yearEnd = judge("100 % i dec", Period.yearEnd(2022), "41", null);
    assertThat(yearEnd.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(yearEnd.reason()).contains("målet gällde vid årets slut");
    Verdict juneGone = judge("Minst 90 % senast i juni", Period.tertial(2022, 2), "41", null);
    assertThat(juneGone.judgement()).isEqualTo(Judgement.NOT_MET);
    Verdict yearGone = judge("Minst 90 % senast 2021", T1_2022, "41", null);
    assertThat(yearGone.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(yearGone.reason()).contains("målet gällde vid slutet av 2021");
  }

  @Test
  void aLevelBesideMalarBeforeThatYearWithoutAnEarlierOutcomeIsNotAssessed() {
    MeasureJudgement j =
        evaluate(withMalar("Minst 80 %", 2027), T1_2022, outcome("M1", T1_2022, null, null, "60"));
    assertThat(j.rule()).isInstanceOf(Deadline.class);
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("vid slutet av 2027", "inget tidigare utfall");
  }

  @Test
  void aLevelBesideMalarWithAnEarlierOutcomeIsJudgedOnProgressAsBefore() {
    Measure m = withMalar("Minst 80 %", 2027);
    assertThat(
            evaluate(
                    m,
                    T1_2022,
                    outcome("M1", T1_2021, null, null, "55"),
                    outcome("M1", T1_2022, null, null, "60"))
                .judgement())
        .isEqualTo(Judgement.PARTLY_MET);
    assertThat(
            evaluate(
                    m,
                    T1_2022,
                    outcome("M1", T1_2021, null, null, "65"),
                    outcome("M1", T1_2022, null, null, "60"))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void aLevelBesideAPastMalarIsAPlainLevelWithoutAComparison() {
    MeasureJudgement j =
        evaluate(withMalar("Minst 80 %", 2021), T1_2022, outcome("M1", T1_2022, null, null, "60"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.explanation()).contains("målet gällde vid slutet av 2021");
  }

  @Test
  void perSexWithMalarNotAssessesOnlyTheSexThatHasNotReachedItsLevel() {
    Measure m =
        measure("M1", "K 80 M 75", Polarity.HIGHER_IS_BETTER, "%").withTargetValue(null, 2027);
    MeasureJudgement j = evaluate(m, T1_2022, outcome("M1", T1_2022, "78", "76", null));
    assertThat(j.bySex().get(Sex.WOMEN).judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.bySex().get(Sex.MEN).judgement()).isEqualTo(Judgement.MET);
    // One side met, the other not yet known: partly met, as the two sides always combine.
    assertThat(j.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(j.explanation()).contains("inget tidigare utfall");
  }
}

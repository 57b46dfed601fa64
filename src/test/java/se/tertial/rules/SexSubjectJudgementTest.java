package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.judgeOne;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;

/**
 * Targets that name the sexes without being per sex: a share of one sex among a group is judged on
 * the measure's one value and refused on K and M values; no gap is met only at equal values and
 * partly met while the gap narrows; a balance band is judged on the share of one sex, and on K and
 * M only when they are two shares of one whole; a range without Riktning has a trend toward it.
 */
class SexSubjectJudgementTest {

  private static final Polarity NONE = Polarity.UNSPECIFIED;

  @Test
  void aShareOfWomenAmongManagersIsJudgedOnTheMeasuresOneValue() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", "Andelen kvinnor bland chefer ska öka", NONE, "%"),
            outcome("M1", T1_2021, null, null, "41"),
            outcome("M1", T1_2022, null, null, "44"));
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Andelen kvinnor bland chefer ska öka",
        "Öka andelen kvinnor bland chefer",
        "Andelen kvinnor bland chefer minst 40 %"
      })
  void aShareOfWomenAmongManagersOnAnOutcomeSplitBySexIsNotAssessedWithTheReason(String target) {
    MeasureJudgement j =
        judgeOne(
            measure("M1", target, NONE, "%"),
            outcome("M1", T1_2021, "41", "59", null),
            outcome("M1", T1_2022, "44", "56", null));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("kvinnor bland chefer").contains("uppdelat");
  }

  private static final String NO_GAP = "Ingen skillnad mellan kvinnor och män";

  @Test
  void noGapIsMetWhenWomenAndMenAreEqual() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", NO_GAP, Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2022, "72.5", "72.5", null));
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
    assertThat(j.explanation()).contains("0\u00a0procentenheter").contains("lika");
  }

  @Test
  void noGapIsPartlyMetWhileTheGapNarrowsAndSaysFromWhat() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", "Lika stor andel kvinnor som män", Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2021, "70", "64", null),
            outcome("M1", T1_2022, "70", "67", null));
    assertThat(j.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(j.explanation()).contains("3\u00a0procentenheter").contains("minskat från 6");
  }

  @Test
  void noGapIsNotMetWhenTheGapDidNotNarrowOrHasNothingToNarrowFrom() {
    Polarity higher = Polarity.HIGHER_IS_BETTER;
    assertThat(
            judgeOne(
                    measure("M1", NO_GAP, higher, "%"),
                    outcome("M1", T1_2021, "70", "67", null),
                    outcome("M1", T1_2022, "70", "66", null))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
    assertThat(
            judgeOne(measure("M1", NO_GAP, higher, "%"), outcome("M1", T1_2022, "70", "69.9", null))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
  }

  private static final String BALANCE = "Jämn könsfördelning (40–60 %)";

  @Test
  void aBalanceBandIsJudgedOnTheShareOfOneSex() {
    assertThat(
            judgeOne(measure("M1", BALANCE, NONE, "%"), outcome("M1", T1_2022, null, null, "30"))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
    assertThat(
            judgeOne(measure("M1", BALANCE, NONE, "%"), outcome("M1", T1_2022, "45", "55", null))
                .judgement())
        .isEqualTo(Judgement.MET);
  }

  @Test
  void aBalanceBandOnKAndMThatAreNotSharesOfOneWholeIsNotAssessed() {
    MeasureJudgement j =
        judgeOne(measure("M1", BALANCE, NONE, "%"), outcome("M1", T1_2022, "45", "48", null));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("45\u00a0%").contains("48\u00a0%");
  }

  @Test
  void aRangeWithoutRiktningHasATrendTowardOrAwayFromTheRange() {
    String range = "Mellan 85 och 90 %";
    assertThat(trend(range, "80", "83")).isEqualTo(Trend.IMPROVED);
    assertThat(trend(range, "95", "92")).isEqualTo(Trend.IMPROVED);
    assertThat(trend(range, "88", "93")).isEqualTo(Trend.WORSENED);
    assertThat(trend(range, "86", "89")).isEqualTo(Trend.UNCHANGED);
    assertThat(trend(range, "80", "100")).isEqualTo(Trend.WORSENED);
  }

  private static Trend trend(String target, String before, String now) {
    return judgeOne(
            measure("M1", target, NONE, "%"),
            outcome("M1", T1_2021, null, null, before),
            outcome("M1", T1_2022, null, null, now))
        .trend();
  }
}

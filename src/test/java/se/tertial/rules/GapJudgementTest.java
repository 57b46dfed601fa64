package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.judgeOne;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import org.junit.jupiter.api.Test;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * A target on the gap between women and men is judged on |K − M| against the gap of the comparison
 * period, or against the stated level, whatever Riktning says of the measure itself; without K and
 * M outcomes it is not assessed, with the reason.
 */
class GapJudgementTest {

  private static final String NARROW = "Skillnaden mellan kvinnor och män ska minska";

  @Test
  void aNarrowerGapThanLastYearIsMetAndImprovedEvenWhenBothSexesFell() {
    // Both shares fell (worse for a measure where higher is better), but the gap narrowed 6 → 2.
    MeasureJudgement j =
        judgeOne(
            measure("M1", NARROW, Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2021, "70", "64", null),
            outcome("M1", T1_2022, "66", "64", null));
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
    assertThat(j.trend()).isEqualTo(Trend.IMPROVED);
    assertThat(j.explanation())
        .startsWith("Skillnaden mellan kvinnor och män är 2\u00a0procentenheter")
        .contains("kvinnor 66\u00a0%")
        .contains("män 64\u00a0%");
    assertThat(j.bySex().get(Sex.WOMEN).judgement()).isEqualTo(Judgement.MET);
  }

  @Test
  void aWiderGapIsNotMetAndWorsenedEvenWhenBothSexesRose() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", NARROW, Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2021, "70", "68", null),
            outcome("M1", T1_2022, "80", "71", null));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.trend()).isEqualTo(Trend.WORSENED);
  }

  @Test
  void aStatedLevelIsJudgedOnTheSizeOfTheGapWhicheverSexIsAhead() {
    Polarity higher = Polarity.HIGHER_IS_BETTER;
    String level = "Skillnaden ska vara högst 2 procentenheter";
    assertThat(
            judgeOne(measure("M1", level, higher, "%"), outcome("M1", T1_2022, "61.5", "63", null))
                .judgement())
        .isEqualTo(Judgement.MET);
    assertThat(
            judgeOne(measure("M1", level, higher, "%"), outcome("M1", T1_2022, "60", "66", null))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void withoutWomenAndMenTheGapIsNotAssessedWithTheReason() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", NARROW, Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2021, null, null, "60"),
            outcome("M1", T1_2022, null, null, "64"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("saknar värden för kvinnor och män");
  }

  @Test
  void withoutLastYearsWomenAndMenTheNarrowingIsNotAssessed() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", NARROW, Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2021, null, null, "60"),
            outcome("M1", T1_2022, "66", "64", null));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("jämförelsevärde saknas");
  }
}

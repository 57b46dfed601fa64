package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import org.junit.jupiter.api.Test;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;

/**
 * "Ingen patient ska vänta längre än 90 dagar" on a measure in %: read as "högst 0" it would call a
 * share of 100 % within 90 days not met when the measure counts those who did not wait. Not
 * assessed, with the reason naming both readings; on a count it stays "högst 0".
 */
class NoneOnAShareTest {

  @Test
  void onAShareTheMeasureIsNotAssessedAndTheReasonNamesBothReadings() {
    MeasureJudgement j =
        Fixtures.judgeOne(
            measure("M1", "Ingen patient ska vänta längre än 90 dagar", Polarity.UNSPECIFIED, "%"),
            outcome("M1", T1_2022, null, null, "100"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("0 %").contains("100 %").contains("andel i procent");
  }

  @Test
  void onACountItIsHogstNoll() {
    MeasureJudgement j =
        Fixtures.judgeOne(
            measure("M1", "Ingen patient ska vänta längre än 90 dagar", Polarity.UNSPECIFIED, "st"),
            outcome("M1", T1_2022, null, null, "3"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
  }
}

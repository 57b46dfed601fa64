package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;

class ReportEvaluatorSmokeTest {
  @Test
  void thresholdAboveTargetWithLowerIsBetterIsNotMetAndSaysWhy() {
    MeasureJudgement j =
        judgeOne(
            measure("M7", "7%", Polarity.LOWER_IS_BETTER, "%"),
            outcome("M7", T1_2022, null, null, "8.4"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.explanation())
        .isEqualTo(
            "Utfallet 8,4\u00a0% är högre än målet 7\u00a0% (lägre är bättre) och utanför"
                + " toleransen 10\u00a0%.");
  }
}

package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.d;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * A level from a year on ("Minst 90 % från 2027", "fr.o.m. 2027"): before that year the target does
 * not apply, so the measure is not assessed with a reason naming the year — never not met, whatever
 * the outcome. From that year on the level is judged as written.
 */
class LevelFromAYearJudgementTest {

  private static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, null);

  private static Verdict judge(String target, Period period, String value) {
    RuleInput in =
        new RuleInput(period, d(value), "%", Polarity.UNSPECIFIED, null, null, null, null, NONE);
    return RuleEvaluator.judge(TargetRuleParser.parse(target, null), Sex.TOTAL, in);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Minst 90 % från 2023",
        "Minst 90 % fr.o.m. 2023",
        "Minst 90 % från och med 2023",
        "Från 2023 minst 90 %",
        "Andelen ska vara minst 90 % från år 2023"
      })
  void beforeTheYearTheTargetIsNotAssessedAndTheReasonSaysFromWhen(String target) {
    Verdict v = judge(target, T1_2022, "41");
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(v.reason()).contains("målet gäller från och med 2023").contains("2022");
  }

  @Test
  void fromTheYearOnTheLevelIsJudged() {
    assertThat(judge("Minst 90 % från 2022", T1_2022, "41").judgement())
        .isEqualTo(Judgement.NOT_MET);
    assertThat(judge("Minst 90 % från 2022", T1_2022, "95").judgement()).isEqualTo(Judgement.MET);
    assertThat(judge("70–80 % från 2021 och framåt", T1_2022, "75").judgement())
        .isEqualTo(Judgement.MET);
  }

  @Test
  void aMeasureBeforeItsFromYearIsEjBedomdNotEjUppfyllt() {
    MeasureJudgement j =
        Fixtures.judgeOne(
            measure("M1", "Minst 90 % från 2027", Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2022, null, null, "41"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).contains("från och med 2027");
  }

  @Test
  void itIsNotReadAsADeadline() {
    assertThat(RuleFormat.typed(TargetRuleParser.parse("Minst 90 % från 2027", null)))
        .isEqualTo("from 2027 threshold at_least 90 %");
  }
}

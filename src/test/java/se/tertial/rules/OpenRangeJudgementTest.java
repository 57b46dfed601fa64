package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.d;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * An interval written with its ends not included ("Över 70 men under 80 %"): the ends themselves
 * are outside it; "minst" and "högst" ends stay included.
 */
class OpenRangeJudgementTest {

  private static Judgement judge(String target, String value) {
    RuleInput in =
        new RuleInput(
            T1_2022,
            d(value),
            "%",
            Polarity.UNSPECIFIED,
            null,
            null,
            null,
            null,
            new Tolerance(BigDecimal.ZERO, null));
    return RuleEvaluator.judge(TargetRuleParser.parse(target, null), Sex.TOTAL, in).judgement();
  }

  @ParameterizedTest(name = "\"{0}\" at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Över 70 men under 80 %|70|NOT_MET",
        "Över 70 men under 80 %|70.1|MET",
        "Över 70 men under 80 %|79.9|MET",
        "Över 70 men under 80 %|80|NOT_MET",
        "Minst 70 % men under 80 %|70|MET",
        "Minst 70 % men under 80 %|80|NOT_MET",
        "Över 70 och högst 80 %|80|MET",
        "Över 70 och högst 80 %|70|NOT_MET",
        "Minst 70 % och högst 80 %|70|MET",
        "Minst 70 % och högst 80 %|80|MET"
      })
  void anEndIsIncludedOnlyWhenWrittenSo(String target, String value, Judgement expected) {
    assertThat(judge(target, value)).isEqualTo(expected);
  }
}

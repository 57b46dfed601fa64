package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

/**
 * An interval with a deadline ("Mellan 70 och 80 % senast 2027", "70–80 % år 2026"): from the
 * deadline on a plain interval; before it, met inside, partly met when the outcome came closer to
 * the interval, not met when it did not, not assessed with nothing to compare with.
 */
class RangeWithDeadlineJudgementTest {

  private static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, null);

  private static Verdict judge(String target, Period period, String value, String previous) {
    RuleInput in =
        new RuleInput(
            period,
            d(value),
            "%",
            Polarity.UNSPECIFIED,
            null,
            previous == null
                ? null
                : new Comparison(d(previous), Period.yearEnd(period.year() - 1)),
            null,
            null,
            NONE);
    return RuleEvaluator.judge(TargetRuleParser.parse(target, null), Sex.TOTAL, in);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Mellan 70 och 80 % senast 2027",
        "70–80 % år 2027",
        "Minst 70 % och högst 80 % senast 2027",
        "Senast 2027 mellan 70 och 80 %"
      })
  void isReadAsTheIntervalByItsDeadline(String target) {
    assertThat(RuleFormat.typed(TargetRuleParser.parse(target, null)))
        .isEqualTo("range 70..80 % by 2027-12");
  }

  @Test
  void insideTheIntervalBeforeTheDeadlineIsMet() {
    Verdict v = judge("Mellan 70 och 80 % senast 2027", T1_2022, "75", null);
    assertThat(v.judgement()).isEqualTo(Judgement.MET);
    assertThat(v.reason()).contains("når redan målet mellan 70\u00a0% och 80\u00a0%");
  }

  @Test
  void outsideBeforeTheDeadlineWithNothingToCompareWithIsNotAssessed() {
    Verdict v = judge("Mellan 70 och 80 % senast 2027", T1_2022, "60", null);
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(v.reason()).contains("den tidpunkten är inte nådd");
  }

  @Test
  void closerToTheIntervalFromAboveBeforeTheDeadlineIsPartlyMet() {
    Verdict v = judge("Mellan 70 och 80 % senast 2027", T1_2022, "85", "90");
    assertThat(v.judgement()).isEqualTo(Judgement.PARTLY_MET);
  }

  @Test
  void furtherFromTheIntervalBeforeTheDeadlineIsNotMet() {
    // From 78 % (inside) to 85 % is away from the interval, though the value rose.
    Verdict v = judge("Mellan 70 och 80 % senast 2027", T1_2022, "85", "78");
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void fromTheDeadlineOnItIsAPlainInterval() {
    Verdict v = judge("Mellan 70 och 80 % senast 2021", T1_2022, "85", "90");
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(v.reason()).contains("målet gällde");
  }
}

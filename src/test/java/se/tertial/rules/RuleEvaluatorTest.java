package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Sex;

class RuleEvaluatorTest {
  private static final Tolerance TEN = new Tolerance(BigDecimal.TEN, null);

  private static RuleInput input(String value, String unit, Polarity polarity) {
    return new RuleInput(T1_2022, d(value), unit, polarity, null, null, null, null, TEN);
  }

  private static RuleInput withLastYear(String value, String lastYear, Polarity polarity) {
    return new RuleInput(
        T1_2022,
        d(value),
        "%",
        polarity,
        new Comparison(d(lastYear), T1_2021),
        null,
        null,
        null,
        TEN);
  }

  private static Judgement judge(String target, Polarity polarity, RuleInput in) {
    return RuleEvaluator.judge(TargetRuleParser.parse(target, polarity), Sex.TOTAL, in).judgement();
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}) with outcome {2} → {3}")
  @CsvSource({
    "70%, HIGHER_IS_BETTER, 70, MET",
    "70%, HIGHER_IS_BETTER, 69.9, PARTLY_MET",
    "70%, HIGHER_IS_BETTER, 63, PARTLY_MET",
    "70%, HIGHER_IS_BETTER, 62.99, NOT_MET",
    "7%, LOWER_IS_BETTER, 7, MET",
    "7%, LOWER_IS_BETTER, 7.7, PARTLY_MET",
    "7%, LOWER_IS_BETTER, 7.71, NOT_MET",
    "7%, LOWER_IS_BETTER, 8.4, NOT_MET",
    "'Under 6,5%', UNSPECIFIED, 6.49, MET",
    "'Under 6,5%', UNSPECIFIED, 6.5, PARTLY_MET",
    "'Under 6,5%', UNSPECIFIED, 6.7, PARTLY_MET",
    "'Över 90%', UNSPECIFIED, 90, PARTLY_MET",
    "'Över 90%', UNSPECIFIED, 90.01, MET",
    "'≥ 95 %', UNSPECIFIED, 95, MET",
    "'Högst 7%', UNSPECIFIED, 7.0, MET",
    "'0,0', HIGHER_IS_BETTER, -17.7, NOT_MET",
    "'0,0', HIGHER_IS_BETTER, 0, MET",
    "'0,0', HIGHER_IS_BETTER, -0.01, NOT_MET",
    "'-2 mnkr', HIGHER_IS_BETTER, -2.2, PARTLY_MET",
    "'-2 mnkr', HIGHER_IS_BETTER, -2.21, NOT_MET",
  })
  void thresholdBoundariesAtTargetAndToleranceEdge(
      String target, Polarity polarity, String value, Judgement expected) {
    assertThat(judge(target, polarity, input(value, "%", polarity))).isEqualTo(expected);
  }

  @Test
  void zeroTargetUsesOnlyTheAbsoluteTolerance() {
    RuleInput in =
        new RuleInput(
            T1_2022,
            d("-0.8"),
            "mnkr",
            Polarity.HIGHER_IS_BETTER,
            null,
            null,
            null,
            null,
            new Tolerance(BigDecimal.TEN, BigDecimal.ONE));
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("0,0", Polarity.HIGHER_IS_BETTER), Sex.TOTAL, in);
    assertThat(v.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(v.reason()).contains("toleransen 1\u00a0mnkr");
    Verdict far =
        RuleEvaluator.judge(
            TargetRuleParser.parse("0,0", Polarity.HIGHER_IS_BETTER),
            Sex.TOTAL,
            in.withValue(d("-17.7")));
    assertThat(far.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(far.reason()).contains("\u221217,7\u00a0mnkr");
  }

  @Test
  void zeroTargetWithoutAbsoluteToleranceHasNoPartlyMet() {
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("0,0", Polarity.HIGHER_IS_BETTER),
            Sex.TOTAL,
            input("-0.1", "mnkr", Polarity.HIGHER_IS_BETTER));
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(v.reason()).contains("ingen toleransgräns");
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} vs last year {2} → {3}")
  @CsvSource({
    "Öka, 29, 12, MET",
    "Öka, 12, 12, NOT_MET",
    "Öka, 11.9, 12, NOT_MET",
    "Minska, 8.5, 8.6, MET",
    "Minska, 8.6, 8.6, NOT_MET",
    "Öka jmf med motsvarande kvartal året innan, 101, 100, MET",
  })
  void directionMustMoveStrictlyTheStatedWay(
      String target, String value, String lastYear, Judgement expected) {
    assertThat(
            judge(
                target, Polarity.UNSPECIFIED, withLastYear(value, lastYear, Polarity.UNSPECIFIED)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] Behålla ({0}): {1} vs {2} → {3}")
  @CsvSource({
    "HIGHER_IS_BETTER, 50, 50, MET",
    "HIGHER_IS_BETTER, 51, 50, MET",
    "HIGHER_IS_BETTER, 49, 50, NOT_MET",
    "LOWER_IS_BETTER, 49, 50, MET",
    "LOWER_IS_BETTER, 51, 50, NOT_MET",
    "UNSPECIFIED, 50, 50, MET",
    "UNSPECIFIED, 51, 50, NOT_MET",
  })
  void behallaIsMetWhenNotWorse(Polarity polarity, String value, String base, Judgement expected) {
    assertThat(judge("Behålla", polarity, withLastYear(value, base, polarity))).isEqualTo(expected);
  }

  @Test
  void directionWithoutComparisonIsNotAssessedAndSaysWhichValueIsMissing() {
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("Öka", Polarity.UNSPECIFIED),
            Sex.WOMEN,
            input("29", "st", Polarity.UNSPECIFIED));
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(v.reason()).contains("jämförelsevärde saknas").contains("T1 2021");
  }

  @Test
  void minskaJmf2020ComparesWithTheBaseYear() {
    RuleInput in =
        new RuleInput(
            T1_2022,
            d("3"),
            "st",
            Polarity.UNSPECIFIED,
            new Comparison(d("2"), T1_2021),
            null,
            new Comparison(d("4"), Period.tertial(2020, 1)),
            null,
            TEN);
    Verdict v = RuleEvaluator.judge(TargetRuleParser.parse("Minska jmf 2020", null), Sex.TOTAL, in);
    assertThat(v.judgement()).isEqualTo(Judgement.MET);
    assertThat(v.reason()).contains("T1 2020");
  }

  private static RuleInput withBase2020(String value, String base) {
    return new RuleInput(
        T1_2022,
        d(value),
        "st",
        Polarity.UNSPECIFIED,
        null,
        null,
        new Comparison(d(base), Period.yearEnd(2020)),
        null,
        TEN);
  }

  @ParameterizedTest(name = "[{index}] Minska med 50% jmf 2020: {0} vs base {1} → {2}")
  @CsvSource({
    "5, 10, MET",
    "4, 10, MET",
    "6, 10, PARTLY_MET",
    "10, 10, NOT_MET",
    "11, 10, NOT_MET"
  })
  void minskaMedFemtioProcentJudgedAgainstHalfTheBase(
      String value, String base, Judgement expected) {
    assertThat(judge("Minska med 50% jmf 2020", null, withBase2020(value, base)))
        .isEqualTo(expected);
  }

  @Test
  void minskaMedFemtioProcentIsPartlyMetWhenImprovedButShort() {
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("Minska med 50% jmf 2020", null),
            Sex.TOTAL,
            withBase2020("6", "10"));
    assertThat(v.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(v.reason())
        .isEqualTo(
            "utfallet 6\u00a0st har minskat från 10\u00a0st (ÅR 2020) men når inte målet"
                + " 5\u00a0st (minskning med 50\u00a0%)");
  }

  @ParameterizedTest(name = "[{index}] Öka 5 %: {0} vs {1} → {2}")
  @CsvSource({"105, 100, MET", "104.99, 100, PARTLY_MET", "100, 100, NOT_MET"})
  void okaFemProcentNeedsTheWholeIncrease(String value, String lastYear, Judgement expected) {
    assertThat(judge("Öka 5 %", null, withLastYear(value, lastYear, Polarity.UNSPECIFIED)))
        .isEqualTo(expected);
  }

  @Test
  void relativeChangeWithoutBaseIsNotAssessed() {
    assertThat(judge("Minska med 50% jmf 2020", null, input("3", "st", Polarity.UNSPECIFIED)))
        .isEqualTo(Judgement.NOT_ASSESSED);
  }

  private static RuleInput deadlineInput(
      Period period, String value, String previous, String lastYear) {
    return new RuleInput(
        period,
        d(value),
        "%",
        Polarity.UNSPECIFIED,
        lastYear == null ? null : new Comparison(d(lastYear), period.previousYear()),
        previous == null ? null : new Comparison(d(previous), Period.yearEnd(period.year() - 1)),
        null,
        null,
        TEN);
  }

  @Test
  void deadlineBeforeYearEndIsMetWhenAlreadyReached() {
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("100 % i dec", null),
            Sex.WOMEN,
            deadlineInput(T1_2022, "100", null, null));
    assertThat(v.judgement()).isEqualTo(Judgement.MET);
    assertThat(v.reason()).contains("vid årets slut");
  }

  @Test
  void deadlineBeforeYearEndIsPartlyMetWhenImprovedAndSaysAgainstWhat() {
    Verdict previous =
        RuleEvaluator.judge(
            TargetRuleParser.parse("100 % i dec", null),
            Sex.WOMEN,
            deadlineInput(T1_2022, "41", "40", "45"));
    assertThat(previous.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(previous.reason()).contains("föregående rapporterade period");
    Verdict lastYear =
        RuleEvaluator.judge(
            TargetRuleParser.parse("100 % i dec", null),
            Sex.WOMEN,
            deadlineInput(T1_2022, "41", "42", "40"));
    assertThat(lastYear.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(lastYear.reason()).contains("samma period föregående år");
  }

  @Test
  void deadlineBeforeYearEndIsNotMetWhenNotImprovedAndNotAssessedWithNothingToCompare() {
    assertThat(
            RuleEvaluator.judge(
                    TargetRuleParser.parse("100 % i dec", null),
                    Sex.WOMEN,
                    deadlineInput(T1_2022, "41", "41", "42"))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
    assertThat(
            RuleEvaluator.judge(
                    TargetRuleParser.parse("100 % i dec", null),
                    Sex.WOMEN,
                    deadlineInput(T1_2022, "41", null, null))
                .judgement())
        .isEqualTo(Judgement.NOT_ASSESSED);
  }

  @Test
  void deadlineAtYearEndIsAPlainThresholdWithTolerance() {
    Period year = Period.yearEnd(2022);
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("100 % i dec", null),
            Sex.WOMEN,
            deadlineInput(year, "91", "40", "40"));
    assertThat(v.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(v.reason()).contains("målet gällde vid årets slut");
    assertThat(
            RuleEvaluator.judge(
                    TargetRuleParser.parse("90 % senast 2022-12-31", null),
                    Sex.WOMEN,
                    deadlineInput(year, "80", "95", "40"))
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void perSexRuleJudgesEachSexAgainstItsOwnTargetAndRefusesTheTotal() {
    TargetRule rule = TargetRuleParser.parse("K 16,0 M 17,2", Polarity.LOWER_IS_BETTER);
    assertThat(
            RuleEvaluator.judge(rule, Sex.WOMEN, input("16.5", "%", Polarity.LOWER_IS_BETTER))
                .judgement())
        .isEqualTo(Judgement.PARTLY_MET);
    assertThat(
            RuleEvaluator.judge(rule, Sex.MEN, input("16.5", "%", Polarity.LOWER_IS_BETTER))
                .judgement())
        .isEqualTo(Judgement.MET);
    assertThat(
            RuleEvaluator.judge(rule, Sex.TOTAL, input("16.5", "%", Polarity.LOWER_IS_BETTER))
                .judgement())
        .isEqualTo(Judgement.NOT_ASSESSED);
  }

  private static RuleInput withReference(String value, String reference, Polarity polarity) {
    return new RuleInput(T1_2022, d(value), "%", polarity, null, null, null, d(reference), TEN);
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}): {2} vs {3} → {4}")
  @CsvSource({
    "I nivå med riket, HIGHER_IS_BETTER, 45, 50, MET",
    "I nivå med riket, HIGHER_IS_BETTER, 44.9, 50, NOT_MET",
    "I nivå med riket, HIGHER_IS_BETTER, 60, 50, MET",
    "Bättre än riket, HIGHER_IS_BETTER, 50.1, 50, MET",
    "Bättre än riket, HIGHER_IS_BETTER, 50, 50, PARTLY_MET",
    "Bättre än riket, LOWER_IS_BETTER, 49, 50, MET",
    "Bättre än riket, LOWER_IS_BETTER, 56, 50, NOT_MET",
    "Låg och stabil nivå jfr med andra regioner, UNSPECIFIED, 5, 5, MET",
    "Låg och stabil nivå jfr med andra regioner, UNSPECIFIED, 5.5, 5, PARTLY_MET",
    "Låg och stabil nivå jfr med andra regioner, UNSPECIFIED, 6, 5, NOT_MET",
  })
  void referenceTargetsCompareWithTheReferenceValue(
      String target, Polarity polarity, String value, String reference, Judgement expected) {
    assertThat(judge(target, polarity, withReference(value, reference, polarity)))
        .isEqualTo(expected);
  }

  @Test
  void referenceWithoutComparisonValueIsNotAssessed() {
    Verdict v =
        RuleEvaluator.judge(
            TargetRuleParser.parse("I nivå med riket", null),
            Sex.TOTAL,
            input("45", "%", Polarity.UNSPECIFIED));
    assertThat(v.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(v.reason()).contains("jämförelsevärde saknas");
  }
}

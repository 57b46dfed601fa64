package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.judgeOne;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.TrendBase;

class ReportEvaluatorTest {

  @Test
  void missingOutcomeRowIsNotAssessed() {
    MeasureJudgement j = judgeOne(measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%"));
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(j.explanation()).isEqualTo("Utfall saknas för T1 2022.");
  }

  @Test
  void manualJudgementOverridesButBothAreKeptAndAWarningIsRaised() {
    Report report =
        Fixtures.report(
            List.of(measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%")),
            List.of(outcome("M1", T1_2022, null, null, "50", "", Judgement.MET)));
    ReportEvaluation e =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, T1_2022);
    MeasureJudgement j = e.measures().get(0);
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
    assertThat(j.computed()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.manual()).contains(Judgement.MET);
    assertThat(e.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("judgement.manual_differs");
              assertThat(f.where().column()).isEqualTo("Bedömning");
            });
  }

  @Test
  void agreeingManualJudgementRaisesNoWarning() {
    Report report =
        Fixtures.report(
            List.of(measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%")),
            List.of(outcome("M1", T1_2022, null, null, "80", "", Judgement.MET)));
    assertThat(
            new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, T1_2022).findings())
        .isEmpty();
  }

  @Test
  void plainNumberWithoutRiktningIsNotAssessedWithAWarningFinding() {
    Report report =
        Fixtures.report(
            List.of(measure("M1", "70%", Polarity.UNSPECIFIED, "%")),
            List.of(outcome("M1", T1_2022, null, null, "80")));
    ReportEvaluation e =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, T1_2022);
    assertThat(e.measures().get(0).judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(e.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("rule.not_assessable"));
  }

  @Test
  void oneSexMetAndOnePartlyIsPartlyMet() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M1", T1_2022, "70", "65", null));
    assertThat(j.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(j.explanation()).startsWith("Kvinnor: utfallet 70\u00a0% är lika med målet");
  }

  @Test
  void trendIsUnchangedWhenEqualAtThePrecisionShown() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", "Minska", Polarity.LOWER_IS_BETTER, "%"),
            outcome("M1", T1_2021, null, null, "8.62"),
            outcome("M1", T1_2022, null, null, "8.6"));
    assertThat(j.trend()).isEqualTo(Trend.UNCHANGED);
    // …but the judgement uses the exact values: 8,6 is lower than 8,62.
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
  }

  @Test
  void yearTargetsUseTheNearestLaterYearAndSaySo() {
    MeasureJudgement j =
        judgeOne(
            measure("M1", "", Polarity.HIGHER_IS_BETTER, "%", "", Map.of(2023, "75%", 2025, "80%")),
            outcome("M1", T1_2022, null, null, "76"));
    assertThat(j.rule()).isInstanceOf(Threshold.class);
    assertThat(((Threshold) j.rule()).value()).isEqualByComparingTo("75");
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
    assertThat(j.explanation()).contains("målet för 2023 används eftersom 2022 saknar eget mål");
  }

  @Test
  void referenceRowWithRiketIdIsUsedPerSex() {
    MeasureJudgement j =
        judgeOne(
            measure("M12", "Bättre än riket", Polarity.HIGHER_IS_BETTER, "%"),
            outcome("M12", T1_2022, "50", "40", null),
            outcome("M12:riket", T1_2022, "45", "45", null));
    assertThat(j.bySex().get(se.tertial.model.Sex.WOMEN).judgement()).isEqualTo(Judgement.MET);
    assertThat(j.bySex().get(se.tertial.model.Sex.MEN).judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.judgement()).isEqualTo(Judgement.PARTLY_MET);
  }

  @Test
  void commandLineToleranceOverridesTheReports() {
    Report report =
        Fixtures.report(
            List.of(measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%")),
            List.of(outcome("M1", T1_2022, null, null, "60")));
    var options = new EvaluationOptions(new BigDecimal("20"), TrendBase.SAME_PERIOD_LAST_YEAR);
    assertThat(new ReportEvaluator(options).evaluate(report, T1_2022).measures().get(0).judgement())
        .isEqualTo(Judgement.PARTLY_MET);
  }

  @Test
  void theEvaluationCarriesTheSettingsItJudgedWithOptionsBeforeTheReports() {
    Report report =
        Fixtures.report(
            List.of(measure("M1", "70%", Polarity.HIGHER_IS_BETTER, "%")),
            List.of(outcome("M1", T1_2022, null, null, "60")));
    Report withOwn =
        report.withInfo(
            report.info().toBuilder()
                .tolerance(new BigDecimal("5"))
                .absoluteTolerance(BigDecimal.ONE)
                .trendBase(TrendBase.PREVIOUS_PERIOD)
                .build());

    var own = new ReportEvaluator(EvaluationOptions.defaults()).evaluate(withOwn, T1_2022);
    var overridden =
        new ReportEvaluator(
                new EvaluationOptions(new BigDecimal("20"), TrendBase.SAME_PERIOD_LAST_YEAR))
            .evaluate(withOwn, T1_2022);

    assertThat(own.settings())
        .isEqualTo(
            new JudgementSettings(new BigDecimal("5"), BigDecimal.ONE, TrendBase.PREVIOUS_PERIOD));
    assertThat(own.measures().get(0).compared().orElseThrow().base())
        .isEqualTo(TrendBase.PREVIOUS_PERIOD);
    assertThat(overridden.settings())
        .isEqualTo(
            new JudgementSettings(
                new BigDecimal("20"), BigDecimal.ONE, TrendBase.SAME_PERIOD_LAST_YEAR));
    assertThat(overridden.measures().get(0).compared().orElseThrow().base())
        .isEqualTo(TrendBase.SAME_PERIOD_LAST_YEAR);
    assertThat(overridden.report()).isSameAs(withOwn);
  }
}

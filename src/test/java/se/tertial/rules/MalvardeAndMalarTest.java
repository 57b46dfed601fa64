package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2021;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tertial.model.Finding;
import se.tertial.model.Judgement;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Polarity;
import se.tertial.model.TargetValue;

/**
 * Målvärde and Målår beside the Mål text: the text decides when it can be read, Målvärde with
 * Riktning when it cannot, and every disagreement between them is a warning naming both.
 */
class MalvardeAndMalarTest {

  private static ReportEvaluation evaluate(Measure measure, Outcome... outcomes) {
    return new ReportEvaluator(EvaluationOptions.defaults())
        .evaluate(Fixtures.report(List.of(measure), List.of(outcomes)), T1_2022);
  }

  private static Measure with(Measure measure, String value, Integer year) {
    return measure.withTargetValue(value == null ? null : TargetValue.parse(value), year);
  }

  private static List<String> codes(ReportEvaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  @Test
  void anEmptyMalIsJudgedByMalvardeAndRiktningAndTheReasonSaysSo() {
    Measure m = with(measure("M1", "", Polarity.LOWER_IS_BETTER, "dagar"), "14 dagar", null);
    ReportEvaluation e = evaluate(m, outcome("M1", T1_2022, null, null, "12"));
    MeasureJudgement j = e.measures().get(0);
    assertThat(j.judgement()).isEqualTo(Judgement.MET);
    assertThat(j.rule()).isInstanceOf(Threshold.class);
    assertThat(((Threshold) j.rule()).bound()).isEqualTo(Bound.AT_MOST);
    assertThat(j.explanation()).contains("bedömt mot Målvärde 14", "eftersom Mål är tomt");
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void lowerIsBetterMakesMalvardeACeilingAndAMissFarOffIsNotMet() {
    Measure m =
        with(measure("M1", "Så kort som möjligt", Polarity.LOWER_IS_BETTER, "dagar"), "14", null);
    MeasureJudgement j = evaluate(m, outcome("M1", T1_2022, null, null, "20")).measures().get(0);
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.explanation()).contains("eftersom Mål-texten inte kan läsas");
    // Outputs name the target as written; the rule holds Målvärde's level.
    assertThat(j.rule().text()).isEqualTo("Så kort som möjligt");
    assertThat(((Threshold) j.rule()).value()).isEqualByComparingTo("14");
  }

  @Test
  void aReadableTextThatAgreesWithMalvardeGivesNoWarning() {
    assertThat(
            evaluate(
                    with(measure("M1", "Minst 85 %", Polarity.UNSPECIFIED, "%"), "85", null),
                    outcome("M1", T1_2022, null, null, "86"))
                .findings())
        .isEmpty();
    assertThat(
            evaluate(
                    with(measure("M1", "Budget i balans", Polarity.UNSPECIFIED, "mnkr"), "0", null),
                    outcome("M1", T1_2022, null, null, "1"))
                .findings())
        .isEmpty();
    assertThat(
            evaluate(
                    with(
                        measure("M1", "K 16,0 M 17,2", Polarity.LOWER_IS_BETTER, "dagar"),
                        "K 16 M 17,2",
                        null),
                    outcome("M1", T1_2022, "15", "17", null))
                .findings())
        .isEmpty();
  }

  @Test
  void aReadableTextThatDisagreesIsJudgedByTheTextWithAWarningNamingBoth() {
    Measure m =
        with(measure("M1", "K 16,0 M 17,2", Polarity.LOWER_IS_BETTER, "dagar"), "K 16 M 18", null);
    ReportEvaluation e = evaluate(m, outcome("M1", T1_2022, "15", "17.5", null));
    assertThat(e.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("target.valueDiffers");
              assertThat(f.where().column()).isEqualTo("Målvärde");
              assertThat(f.message()).contains("Mål-texten säger", "17,2", "Målvärde säger", "18");
            });
    // Judged by the text: 17,5 days for men misses 17,2 (within the band), not 18.
    assertThat(e.measures().get(0).judgement()).isEqualTo(Judgement.PARTLY_MET);

    ReportEvaluation keep =
        evaluate(
            with(measure("M2", "Behålla", Polarity.HIGHER_IS_BETTER, "st"), "70", null),
            outcome("M2", T1_2022, null, null, "60"),
            outcome("M2", T1_2021, null, null, "60"));
    assertThat(keep.findings().get(0).message())
        .contains("Mål-texten säger", "Målvärde säger minst 70");
    assertThat(keep.measures().get(0).judgement()).isEqualTo(Judgement.MET);
  }

  @Test
  void aDirectionInMalBesideMalvardeIsDirectionAndLevelAsInOneCell() {
    // "Öka" with Målvärde 70 is "Öka, minst 70 %" in two cells: the level decides, no warning.
    ReportEvaluation e =
        evaluate(
            with(measure("M2", "Öka", Polarity.HIGHER_IS_BETTER, "%"), "70", null),
            outcome("M2", T1_2022, null, null, "60"),
            outcome("M2", T1_2021, null, null, "50"));
    MeasureJudgement j = e.measures().get(0);
    assertThat(e.findings()).isEmpty();
    assertThat(j.rule()).isInstanceOf(Threshold.class);
    assertThat(j.judgement()).isEqualTo(Judgement.NOT_MET);
    assertThat(j.explanation().replace('\u00a0', ' '))
        .contains("bedömt mot Målvärde 70 %; \"Öka\" i Mål anger riktningen, Målvärde nivån");
    // Without Riktning the direction word gives the level its side: "Minska" and 70 is högst 70.
    MeasureJudgement minska =
        evaluate(
                with(measure("M3", "Minska", Polarity.UNSPECIFIED, "st"), "70", null),
                outcome("M3", T1_2022, null, null, "60"),
                outcome("M3", T1_2021, null, null, "50"))
            .measures()
            .get(0);
    assertThat(((Threshold) minska.rule()).bound()).isEqualTo(Bound.AT_MOST);
    assertThat(minska.judgement()).isEqualTo(Judgement.MET);
  }

  @Test
  void aTextAgainstRiktningIsStillAWarningWhenMalvardeDecides() {
    // "Minska med 5 %" where Riktning says higher is better: one column is wrong. Målvärde and
    // Riktning decide, and the conflict is still said.
    ReportEvaluation e =
        evaluate(
            with(measure("M1", "Minska med 5 %", Polarity.HIGHER_IS_BETTER, "st"), "80", null),
            outcome("M1", T1_2022, null, null, "85"),
            outcome("M1", T1_2021, null, null, "90"));
    assertThat(e.measures().get(0).judgement()).isEqualTo(Judgement.MET);
    assertThat(codes(e)).containsExactly("rule.not_assessable");
    assertThat(e.findings().get(0).message()).contains("Riktning");
  }

  @Test
  void malvardeWithoutRiktningBesideAnUnreadableTextSaysWhatIsMissing() {
    Measure m = with(measure("M1", "God nivå", Polarity.UNSPECIFIED, "st"), "12", null);
    ReportEvaluation e = evaluate(m, outcome("M1", T1_2022, null, null, "10"));
    assertThat(e.measures().get(0).judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(e.findings())
        .filteredOn(f -> f.code().equals("target.valueNoPolarity"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where().column()).isEqualTo("Riktning");
              assertThat(f.message())
                  .isEqualTo(
                      "M1: Målvärde 12 kan inte användas eftersom Riktning saknas och Mål-texten"
                          + " inte kan läsas; fyll i Riktning (Högre är bättre eller Lägre är"
                          + " bättre)");
            });
  }

  @Test
  void malarLaterThanTheReportsYearIsADeadlineNotYetDue() {
    Measure m = with(measure("M1", "Minst 90 %", Polarity.UNSPECIFIED, "%"), null, 2023);
    MeasureJudgement improved =
        evaluate(
                m,
                outcome("M1", T1_2022, null, null, "70"),
                outcome("M1", T1_2021, null, null, "60"))
            .measures()
            .get(0);
    // 70 is far below 90, which plainly would be not met; before the deadline progress counts.
    assertThat(improved.rule()).isInstanceOf(Deadline.class);
    assertThat(improved.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(improved.explanation()).contains("som gäller vid slutet av 2023");

    Measure due = with(measure("M1", "Minst 90 %", Polarity.UNSPECIFIED, "%"), null, 2022);
    // A T1 report in the Målår itself is still before the year's end.
    assertThat(
            evaluate(
                    due,
                    outcome("M1", T1_2022, null, null, "70"),
                    outcome("M1", T1_2021, null, null, "75"))
                .measures()
                .get(0)
                .judgement())
        .isEqualTo(Judgement.NOT_MET);
    Measure past = with(measure("M1", "Minst 90 %", Polarity.UNSPECIFIED, "%"), null, 2021);
    MeasureJudgement late =
        evaluate(
                past,
                outcome("M1", T1_2022, null, null, "70"),
                outcome("M1", T1_2021, null, null, "60"))
            .measures()
            .get(0);
    assertThat(late.judgement()).isEqualTo(Judgement.NOT_MET);
  }

  @Test
  void malarBesideAnotherDeadlineOrATargetWithoutALevelIsAWarning() {
    ReportEvaluation other =
        evaluate(
            with(measure("M1", "Minst 90 % senast 2025", Polarity.UNSPECIFIED, "%"), null, 2026),
            outcome("M1", T1_2022, null, null, "95"));
    assertThat(codes(other)).containsExactly("target.yearDiffers");
    assertThat(other.findings().get(0).message()).contains("2025", "Målår säger 2026");

    ReportEvaluation direction =
        evaluate(
            with(measure("M2", "Öka", Polarity.HIGHER_IS_BETTER, "st"), null, 2026),
            outcome("M2", T1_2022, null, null, "6"),
            outcome("M2", T1_2021, null, null, "5"));
    assertThat(codes(direction)).containsExactly("target.yearUnused");
    assertThat(direction.findings().get(0).where().column()).isEqualTo("Målår");

    ReportEvaluation perYear =
        evaluate(
            with(
                measure(
                    "M3", "", Polarity.HIGHER_IS_BETTER, "%", "", Map.of(2022, "80", 2023, "85")),
                null,
                2023),
            outcome("M3", T1_2022, null, null, "81"));
    assertThat(codes(perYear)).containsExactly("target.yearUnused");
    assertThat(perYear.measures().get(0).rule()).isInstanceOf(Threshold.class);
  }

  @Test
  void malarThatChangesNothingSaysWhyInTheTermsOfTheTarget() {
    // A level judged on each period (a range here) has no year to be reached by.
    String level =
        evaluate(
                with(measure("M1", "Mellan 70 och 80 %", Polarity.UNSPECIFIED, "%"), null, 2027),
                outcome("M1", T1_2022, null, null, "75"))
            .findings()
            .get(0)
            .message()
            .replace('\u00a0', ' ');
    assertThat(level)
        .contains("Målår 2027 påverkar inte bedömningen")
        .contains("(mellan 70 % och 80 %) är en nivå som varje periods utfall bedöms mot")
        .doesNotContain("inte är en nivå");
    // A direction compares with an earlier outcome.
    String direction =
        evaluate(
                with(measure("M2", "Öka", Polarity.HIGHER_IS_BETTER, "st"), null, 2026),
                outcome("M2", T1_2022, null, null, "6"))
            .findings()
            .get(0)
            .message();
    assertThat(direction).contains("är en riktning", "jämförs med ett tidigare utfall");
    // A plan's level per year: each period is judged against its own year's target.
    String perYear =
        evaluate(
                with(
                    measure(
                        "M3",
                        "",
                        Polarity.HIGHER_IS_BETTER,
                        "%",
                        "",
                        Map.of(2022, "Minst 80 %", 2023, "Minst 85 %")),
                    null,
                    2023),
                outcome("M3", T1_2022, null, null, "81"))
            .findings()
            .get(0)
            .message()
            .replace('\u00a0', ' ');
    assertThat(perYear)
        .contains("Målår 2023 påverkar inte bedömningen")
        .contains("ett mål för varje år", "målet för sitt år (här minst 80 %");
  }

  @Test
  void aDirectionWhoseOwnYearIsMalarGivesNoWarning() {
    assertThat(
            evaluate(
                    with(
                        measure("M1", "Öka till 2025", Polarity.HIGHER_IS_BETTER, "st"),
                        null,
                        2025),
                    outcome("M1", T1_2022, null, null, "6"))
                .findings())
        .isEmpty();
  }

  @Test
  void malvardeAndMalarTogetherJudgeAnUnreadableTextPerSexByTheDeadline() {
    Measure m =
        with(
            measure("M1", "Enligt verksamhetsplanen", Polarity.HIGHER_IS_BETTER, "%"),
            "K 80 M 75",
            2023);
    MeasureJudgement j =
        evaluate(
                m,
                outcome("M1", T1_2022, "78", "76", null),
                outcome("M1", T1_2021, "70", "77", null))
            .measures()
            .get(0);
    assertThat(j.rule()).isInstanceOf(PerSex.class);
    assertThat(j.judgement()).isEqualTo(Judgement.PARTLY_MET);
    assertThat(j.explanation().replace('\u00a0', ' '))
        .contains("Kvinnor: utfallet 78 % når ännu inte målet 80 %")
        .contains("män: utfallet 76 % når redan målet 75 %")
        .contains("bedömt mot Målvärde K 80 M 75");
  }
}

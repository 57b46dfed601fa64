package se.tertial.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.rules.Fixtures.T1_2022;
import static se.tertial.rules.Fixtures.measure;
import static se.tertial.rules.Fixtures.outcome;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.tertial.model.Finding;
import se.tertial.model.Judgement;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.Fixtures;
import se.tertial.rules.MeasureJudgement;

/**
 * The findings of the pipeline's judging step, which check, render, evaluate and batch share, each
 * naming its cell.
 */
class PipelineFindingsTest {

  /** What the pipeline finds in a report that was read without findings, judged for T1 2022. */
  private static List<Finding> findings(Report report) {
    return new InputPipeline(EvaluationOptions.defaults())
        .judge(new ReadResult(Optional.of(report), List.of()), T1_2022)
        .findings();
  }

  @Test
  void anUnjudgeableTargetIsReportedAtItsMalCellQuotingTheWords() {
    Report report =
        Fixtures.report(
            List.of(measure("M01", "Öka kraftigt", Polarity.UNSPECIFIED, "%")),
            List.of(outcome("M01", T1_2022, null, null, "40")));
    List<Finding> found = findings(report);
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.code()).isEqualTo("rule.not_assessable");
    assertThat(f.where().sheet()).isEqualTo("Styrmått");
    assertThat(f.where().row()).isEqualTo(2);
    assertThat(f.where().column()).isEqualTo("Mål");
    assertThat(f.message()).contains("M01").contains("\"kraftigt\"");
  }

  @Test
  void aDeliberatelyOpenTargetIsNotReported() {
    Report report =
        Fixtures.report(
            List.of(measure("M01", "Under utredning", Polarity.UNSPECIFIED, "%")),
            List.of(outcome("M01", T1_2022, null, null, "40")));
    assertThat(findings(report)).isEmpty();
  }

  @Test
  void aManualBedomningThatDisagreesIsReportedAtTheBedomningCell() {
    Report report =
        Fixtures.report(
            List.of(measure("M01", "Minst 80 %", Polarity.UNSPECIFIED, "%")),
            List.of(outcome("M01", T1_2022, null, null, "40", "", Judgement.MET)));
    List<Finding> found = findings(report);
    assertThat(found).extracting(Finding::code).containsExactly("judgement.manual_differs");
    assertThat(found.get(0).where().column()).isEqualTo("Bedömning");
    assertThat(found.get(0).where().sheet()).isEqualTo("Utfall");
  }

  @Test
  void aShareTargetWrittenAsAFractionIsReported() {
    Report report =
        Fixtures.report(
            List.of(measure("M01", "0,85", Polarity.HIGHER_IS_BETTER, "%")),
            List.of(outcome("M01", T1_2022, null, null, "80")));
    List<Finding> found = findings(report);
    assertThat(found).extracting(Finding::code).containsExactly("target.fraction");
    assertThat(found.get(0).message()).contains("85\u00a0%");
    assertThat(found.get(0).where().column()).isEqualTo("Mål");
  }

  @Test
  void aYearAfterAComparativeIsJudgedAgainstThatYearNeverAsAValue() {
    // "Fler än 2019" read as the value 2 019 once judged a unit below its 2019 level as met.
    Report report =
        Fixtures.report(
            List.of(measure("M01", "Fler än 2019", Polarity.UNSPECIFIED, "st")),
            List.of(
                outcome("M01", T1_2022, null, null, "2500"),
                outcome("M01", se.tertial.model.Period.tertial(2019, 1), null, null, "2600")));
    MeasureJudgement judged =
        new InputPipeline(EvaluationOptions.defaults())
            .judge(new ReadResult(Optional.of(report), List.of()), T1_2022)
            .evaluation()
            .orElseThrow()
            .measures()
            .get(0);
    assertThat(judged.computed()).isEqualTo(Judgement.NOT_MET);
    assertThat(judged.explanation()).contains("T1 2019");
  }
}

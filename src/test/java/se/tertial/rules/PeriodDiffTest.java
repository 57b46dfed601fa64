package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Action;
import se.tertial.model.ActionState;
import se.tertial.model.ActionStatus;
import se.tertial.model.Judgement;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.TrendBase;

class PeriodDiffTest {
  private static final Period T1 = Period.parse("2022-T1");
  private static final Period T2 = Period.parse("2022-T2");
  private static final JudgementSettings SETTINGS =
      new JudgementSettings(BigDecimal.TEN, null, TrendBase.SAME_PERIOD_LAST_YEAR);

  private final Measure sickLeave = measure("M1", "Sjukfrånvaro");
  private final Measure budget = measure("M2", "Budget");
  private final Report report =
      new Report(
          ReportInfo.builder().period(T2).build(),
          List.of(sickLeave, budget),
          List.of(),
          List.of(action("1"), action("2"), action("3")),
          List.of(
              status("1", T1, ActionState.NOT_STARTED),
              status("1", T2, ActionState.ON_TRACK),
              status("2", T1, ActionState.ON_TRACK),
              status("2", T2, ActionState.ON_TRACK),
              status("3", T1, ActionState.DEVIATING)),
          List.of());

  @Test
  void listsJudgementsThatMovedWithTheirDirection() {
    var diff =
        PeriodDiff.between(
            evaluation(
                T1,
                judged(sickLeave, Judgement.NOT_MET, "8,6"),
                judged(budget, Judgement.MET, "1")),
            evaluation(
                T2,
                judged(sickLeave, Judgement.PARTLY_MET, "8,1"),
                judged(budget, Judgement.MET, "2")));

    assertThat(diff.judgements())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.measureId()).isEqualTo("M1");
              assertThat(change.from()).isEqualTo(Judgement.NOT_MET);
              assertThat(change.to()).isEqualTo(Judgement.PARTLY_MET);
              assertThat(change.improved()).isTrue();
            });
  }

  /**
   * Every pair of different judgements: along the scale Ej uppfyllt → Delvis uppfyllt → Uppfyllt a
   * move is better or worse; Ej bedömd is not on the scale, so a judgement where there was none is
   * new and one that is gone is gone — neither better nor worse.
   */
  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "NOT_MET, PARTLY_MET, IMPROVED",
    "NOT_MET, MET, IMPROVED",
    "PARTLY_MET, MET, IMPROVED",
    "MET, PARTLY_MET, WORSENED",
    "MET, NOT_MET, WORSENED",
    "PARTLY_MET, NOT_MET, WORSENED",
    "NOT_ASSESSED, NOT_MET, NEW",
    "NOT_ASSESSED, PARTLY_MET, NEW",
    "NOT_ASSESSED, MET, NEW",
    "NOT_MET, NOT_ASSESSED, GONE",
    "PARTLY_MET, NOT_ASSESSED, GONE",
    "MET, NOT_ASSESSED, GONE"
  })
  void ordersEveryPairOfJudgements(Judgement from, Judgement to, PeriodDiff.Movement expected) {
    var diff =
        PeriodDiff.between(
            evaluation(T1, judged(budget, from, from == Judgement.NOT_ASSESSED ? null : "1")),
            evaluation(T2, judged(budget, to, to == Judgement.NOT_ASSESSED ? null : "2")));

    var change = diff.judgements().get(0);
    assertThat(change.movement()).isEqualTo(expected);
    assertThat(change.improved()).isEqualTo(expected == PeriodDiff.Movement.IMPROVED);
    assertThat(change.worsened()).isEqualTo(expected == PeriodDiff.Movement.WORSENED);
  }

  @Test
  void everyPairIsCoveredOnce() {
    int pairs = 0;
    for (Judgement from : Judgement.values()) {
      for (Judgement to : Judgement.values()) {
        if (from != to) {
          pairs++;
          assertThat(new PeriodDiff.JudgementChange("M", "", from, to).movement()).isNotNull();
        }
      }
    }
    assertThat(pairs).isEqualTo(12);
  }

  @Test
  void anActionFinishedEarlierIsNoStatusThatDisappeared() {
    Report finished =
        new Report(
            ReportInfo.builder().period(T2).build(),
            List.of(),
            List.of(),
            List.of(action("4")),
            List.of(status("4", T1, ActionState.DONE)),
            List.of());
    var diff =
        PeriodDiff.between(
            new ReportEvaluation(finished, T1, SETTINGS, List.of(), List.of()),
            new ReportEvaluation(finished, T2, SETTINGS, List.of(), List.of()));

    assertThat(diff.statuses()).isEmpty();
  }

  @Test
  void aMeasureNotDueInTheLaterPeriodHasNotLostItsData() {
    MeasureJudgement notDue =
        new MeasureJudgement(
            budget,
            Optional.empty(),
            new NotAssessable("", ""),
            Judgement.NOT_ASSESSED,
            Judgement.NOT_ASSESSED,
            Optional.empty(),
            Trend.UNKNOWN,
            Map.of(),
            "Följs upp vid årsbokslut, inte i T2 2022.",
            false,
            Optional.empty(),
            Optional.empty());
    var diff =
        PeriodDiff.between(
            evaluation(T1, judged(budget, Judgement.MET, "1")), evaluation(T2, notDue));

    assertThat(diff.judgements()).isEmpty();
    assertThat(diff.newlyMissing()).isEmpty();
  }

  @Test
  void listsStatusChangesIncludingAStatusThatDisappeared() {
    var diff = PeriodDiff.between(evaluation(T1), evaluation(T2));

    assertThat(diff.statuses())
        .extracting(PeriodDiff.StatusChange::nr, c -> c.from(), c -> c.to())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "1", Optional.of(ActionState.NOT_STARTED), Optional.of(ActionState.ON_TRACK)),
            org.assertj.core.groups.Tuple.tuple(
                "3", Optional.of(ActionState.DEVIATING), Optional.empty()));
  }

  @Test
  void measuresThatLostTheirDataAreNewlyMissing() {
    var diff =
        PeriodDiff.between(
            evaluation(T1, judged(budget, Judgement.MET, "1")),
            evaluation(T2, judged(budget, Judgement.NOT_ASSESSED, null)));

    assertThat(diff.newlyMissing()).containsExactly("M2");
    assertThat(diff.isEmpty()).isFalse();
  }

  private ReportEvaluation evaluation(Period period, MeasureJudgement... judgements) {
    return new ReportEvaluation(report, period, SETTINGS, List.of(judgements), List.of());
  }

  private static MeasureJudgement judged(Measure measure, Judgement judgement, String total) {
    Optional<Outcome> outcome =
        Optional.of(
            new Outcome(
                measure.id(),
                T1,
                null,
                null,
                total == null ? null : new BigDecimal(total.replace(',', '.')),
                total == null ? "Data saknas" : "",
                "",
                null,
                null));
    return new MeasureJudgement(
        measure,
        outcome,
        new NotAssessable("", ""),
        judgement,
        judgement,
        Optional.empty(),
        Trend.UNKNOWN,
        Map.of(),
        "");
  }

  private static Measure measure(String id, String name) {
    return new Measure(
        id, "Ekonomi", "", "", name, "Minska", null, "%", "", "", "", "", null, null);
  }

  private static Action action(String nr) {
    return new Action(nr, "", "", "Åtgärd " + nr, "", "", "", "", null);
  }

  private static ActionStatus status(String nr, Period period, ActionState state) {
    return new ActionStatus(nr, period, state, null, "", null);
  }
}

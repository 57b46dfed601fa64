package se.tertial.kind.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.kind.appendix.AppendixMeasureParts.History;
import se.tertial.kind.appendix.AppendixMeasureParts.HistoryBar;
import se.tertial.model.Outcome;
import se.tertial.model.Period;

/** Utfallshistorik: which periods are drawn, how tall, and the values in words. */
class HistoriesTest {

  private static Outcome split(String period, String women, String men) {
    return new Outcome(
        "M01",
        Period.parse(period),
        new BigDecimal(women),
        new BigDecimal(men),
        null,
        "",
        "",
        null,
        null);
  }

  private static Outcome total(String period, String total) {
    return new Outcome(
        "M01", Period.parse(period), null, null, new BigDecimal(total), "", "", null, null);
  }

  @Test
  void threePeriodsDrawWomenAndMenSideBySideWithEveryValueInWords() {
    History h =
        Histories.of(
            List.of(
                split("2021-T1", "12", "7"),
                split("2021-T2", "20", "5"),
                split("2022-T1", "29", "4")),
            Period.parse("2022-T1"),
            "st");
    assertThat(h.present()).isTrue();
    assertThat(h.span()).isEqualTo("T1 2021–T1 2022");
    assertThat(h.points()).hasSize(3);
    assertThat(h.points().get(2).bars()).extracting(HistoryBar::prefix).containsExactly("K", "M");
    assertThat(h.points().get(2).bars().get(0).height()).isEqualTo(Histories.MAX_HEIGHT);
    assertThat(h.description().replace('\u00a0', ' '))
        .isEqualTo(
            "Utfall T1 2021: K 12 st, M 7 st; T2 2021: K 20 st, M 5 st; T1 2022: K 29 st, M 4 st");
  }

  @Test
  void twoPeriodsAreAlreadyBesideTheTrendSoNothingIsDrawn() {
    History h =
        Histories.of(
            List.of(total("2021-T1", "5"), total("2022-T1", "6")), Period.parse("2022-T1"), "");
    assertThat(h.present()).isFalse();
  }

  @Test
  void aPastPeriodsReportNeverShowsLaterOutcomes() {
    History h =
        Histories.of(
            List.of(
                total("2020-T1", "1"),
                total("2020-T2", "2"),
                total("2021-T1", "3"),
                total("2022-T1", "99")),
            Period.parse("2021-T1"),
            "");
    assertThat(h.span()).isEqualTo("T1 2020–T1 2021");
    assertThat(h.description()).doesNotContain("99");
  }

  @Test
  void atMostTheSixLatestPeriodsAndAZeroIsStillAStub() {
    List<Outcome> outcomes = new ArrayList<>();
    for (Period p : Period.range(Period.parse("2020-T1"), Period.parse("2022-T2"))) {
      outcomes.add(total(p.code(), outcomes.isEmpty() ? "0" : "10"));
    }
    History h = Histories.of(outcomes, Period.parse("2022-T2"), "");
    assertThat(h.points()).hasSize(Histories.MAX_PERIODS);
    assertThat(h.points().get(0).period()).isNotEqualTo("T1 2020");
    History withZero = Histories.of(outcomes.subList(0, 3), Period.parse("2020-ÅR"), "");
    assertThat(withZero.points().get(0).bars().get(0).height()).isEqualTo(1);
  }

  @Test
  void periodsGivenPerSexBesidePeriodsGivenAsTotalsDrawOnlyTheTotals() {
    List<Outcome> mixed =
        List.of(
            total("2021-T1", "10"),
            split("2021-T2", "6", "5"),
            total("2021-ÅR", "12"),
            total("2022-T1", "14"));
    History h = Histories.of(mixed, Period.parse("2022-T1"), "st");
    assertThat(h.present()).isTrue();
    assertThat(h.description().replace('\u00a0', ' '))
        .isEqualTo("Utfall T1 2021: 10 st; ÅR 2021: 12 st; T1 2022: 14 st");

    History tooFew = Histories.of(mixed.subList(0, 3), Period.parse("2021-ÅR"), "st");
    assertThat(tooFew.present()).isFalse();
  }
}

package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Trendbas as a type: parsed once from the sheet's or the option's words, printed as its code. */
class TrendBaseTest {

  @ParameterizedTest
  @CsvSource({
    "samma period föregående år, SAME_PERIOD_LAST_YEAR",
    "Samma period i fjol, SAME_PERIOD_LAST_YEAR",
    "same-period-last-year, SAME_PERIOD_LAST_YEAR",
    "same-period-previous-year, SAME_PERIOD_LAST_YEAR",
    "föregående period, PREVIOUS_PERIOD",
    "FÖRRA PERIODEN, PREVIOUS_PERIOD",
    "previous-period, PREVIOUS_PERIOD"
  })
  void readsTheSwedishWordsAndTheCodes(String text, TrendBase expected) {
    assertThat(TrendBase.parse(text)).isEqualTo(expected);
  }

  @Test
  void theCodeReadsBackAsItself() {
    for (TrendBase base : TrendBase.values()) {
      assertThat(TrendBase.parse(base.code())).isEqualTo(base);
    }
    assertThat(TrendBase.PREVIOUS_PERIOD.code()).isEqualTo("previous-period");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kvartal", "", "föregående"})
  void anyOtherTextIsRefusedNamingItAndTheAcceptedWords(String text) {
    assertThatThrownBy(() -> TrendBase.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "\""
                + text
                + "\" är ingen trendbas (skriv \"samma period föregående år\" eller \"föregående"
                + " period\")");
  }

  @Test
  void aReportWithoutTrendbasIsJudgedAgainstTheSamePeriodLastYear() {
    ReportInfo without = ReportInfo.builder().build();
    assertThat(JudgementSettings.of(without))
        .isEqualTo(new JudgementSettings(BigDecimal.TEN, null, TrendBase.SAME_PERIOD_LAST_YEAR));
    ReportInfo with =
        without.toBuilder()
            .trendBase(TrendBase.PREVIOUS_PERIOD)
            .absoluteTolerance(BigDecimal.ONE)
            .build();
    assertThat(JudgementSettings.of(with))
        .isEqualTo(
            new JudgementSettings(BigDecimal.TEN, BigDecimal.ONE, TrendBase.PREVIOUS_PERIOD));
  }
}

package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishFormatTest {
  @ParameterizedTest(name = "[{index}] {0} {1} → \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "41 | % | 41\u00a0%",
        "8.4 | % | 8,4\u00a0%",
        "-17.7 | mnkr | \u221217,7\u00a0mnkr",
        "1234 | st | 1\u00a0234\u00a0st",
        "1234567.50 | kr | 1\u00a0234\u00a0567,50\u00a0kr",
        "999 | '' | 999",
        "0.0 | '' | 0,0",
        "-0.5 | % | \u22120,5\u00a0%",
      })
  void writesNumbersTheSwedishWayKeepingTheWrittenScale(
      BigDecimal value, String unit, String expected) {
    assertThat(SwedishFormat.withUnit(value, unit)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aBareCountPrintsNoUnitWord() {
    org.assertj.core.api.Assertions.assertThat(
            SwedishFormat.withUnit(new java.math.BigDecimal("29"), "antal"))
        .isEqualTo("29");
    org.assertj.core.api.Assertions.assertThat(
            SwedishFormat.withUnit(new java.math.BigDecimal("5"), "MSEK"))
        .isEqualTo("5\u00a0mnkr");
  }
}

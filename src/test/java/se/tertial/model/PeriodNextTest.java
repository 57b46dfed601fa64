package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Period#next()}: the period {@code next-period} moves a workbook to. */
class PeriodNextTest {
  @ParameterizedTest
  @CsvSource({
    "2022-T1, 2022-T2",
    "2022-T2, 2022-ÅR",
    "2022-ÅR, 2023-T1",
    "2022-Q4, 2023-Q1",
    "2022-12, 2023-01",
    "2022-04, 2022-05"
  })
  void nextStepsThroughTheSequenceOfItsKind(String period, String next) {
    assertThat(Period.parse(period).next().code()).isEqualTo(next);
  }
}

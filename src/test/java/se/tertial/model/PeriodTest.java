package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-T1 | 2022-T1",
        "2022-t1 | 2022-T1",
        "T1 2022 | 2022-T1",
        "t2 2022 | 2022-T2",
        "2022-T3 | 2022-ÅR",
        "2022-ÅR | 2022-ÅR",
        "2022 ÅR | 2022-ÅR",
        "ÅR 2022 | 2022-ÅR",
        "2022-AR | 2022-ÅR",
        "Bokslut 2022 | 2022-ÅR",
        "DÅ04 2022 | 2022-T1",
        "DÅ08 2022 | 2022-T2",
        "Delår april 2022 | 2022-T1",
        "Delår augusti 2022 | 2022-T2",
        "2022-04 | 2022-04",
        "2022-4 | 2022-04",
        "april 2022 | 2022-04",
        "2022-Q1 | 2022-Q1",
        "Q3 2021 | 2021-Q3",
        "'  2022 - T1  ' | 2022-T1",
      })
  void readsPeriodsAsAnalystsWriteThem(String written, String code) {
    assertThat(Period.parse(written).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "T4 2022", "2022-13", "2022-Q5", "T1", "2022", "i våras", "20222-T1"})
  void rejectsWhatIsNoPeriodWithItsOwnException(String written) {
    assertThatThrownBy(() -> Period.parse(written)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void periodsOrderByTheMonthTheyEndIn() {
    List<String> ordered =
        List.of("2022-ÅR", "2022-T1", "2021-ÅR", "2022-Q1", "2022-T2", "2022-05").stream()
            .map(Period::parse)
            .sorted()
            .map(Period::code)
            .collect(Collectors.toList());
    assertThat(ordered)
        .containsExactly("2021-ÅR", "2022-Q1", "2022-T1", "2022-05", "2022-T2", "2022-ÅR");
  }

  @Test
  void samePeriodPreviousYearKeepsTheKind() {
    assertThat(Period.parse("2022-T1").previousYear()).isEqualTo(Period.parse("2021-T1"));
    assertThat(Period.parse("2022-ÅR").previousYear().code()).isEqualTo("2021-ÅR");
  }

  @Test
  void labelsAreSwedish() {
    assertThat(Period.parse("2022-T1").perLabel()).isEqualTo("per april 2022");
    assertThat(Period.parse("2022-T2").perLabel()).isEqualTo("per augusti 2022");
    assertThat(Period.parse("2022-ÅR").label()).isEqualTo("ÅR 2022");
    assertThat(Period.parse("2022-04").label()).isEqualTo("april 2022");
  }

  @Test
  void rangesStepThroughTertialsAndYearEnds() {
    assertThat(Period.parseRange("2021-T1..2022-ÅR").stream().map(Period::code))
        .containsExactly("2021-T1", "2021-T2", "2021-ÅR", "2022-T1", "2022-T2", "2022-ÅR");
    assertThat(Period.parseRange("2022-11..2023-02").stream().map(Period::code))
        .containsExactly("2022-11", "2022-12", "2023-01", "2023-02");
    assertThat(Period.parseRange("2022-T2")).containsExactly(Period.parse("2022-T2"));
  }

  @Test
  void rangesOfMixedKindsOrBackwardsAreRejected() {
    assertThatThrownBy(() -> Period.parseRange("2022-04..2022-ÅR"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("olika slag");
    assertThatThrownBy(() -> Period.parseRange("2022-ÅR..2021-T1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("slutar före");
  }
}

package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishNumbersTest {

  @ParameterizedTest(name = "\"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "41 | 41 | ''",
        "41% | 41 | %",
        "41 % | 41 | %",
        "8,4% | 8.4 | %",
        "8.4 | 8.4 | ''",
        "-17,7 mnkr | -17.7 | mnkr",
        "−17,7 | -17.7 | ''",
        "1 234,5 | 1234.5 | ''",
        "1\u00a0234\u00a0567 | 1234567 | ''",
        "1\u202f234 kr | 1234 | kr",
        "0,0 | 0.0 | ''",
        "16,0 | 16.0 | ''",
        "12 procent | 12 | %",
        "3 st | 3 | st",
        "+5 | 5 | ''",
        "',5' | 0.5 | ''",
        "5 MSEK | 5 | mnkr",
      })
  void readsSwedishNumbers(String written, String value, String unit) {
    var parsed = SwedishNumbers.parse(written);
    assertThat(parsed.value()).isEqualByComparingTo(value);
    assertThat(parsed.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"8,4 | 1", "16,0 | 1", "41 | 0", "1 234,50 | 2"})
  void keepsTheDecimalsAsWritten(String written, int scale) {
    assertThat(SwedishNumbers.parse(written).value().scale()).isEqualTo(scale);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4l%", "ca 40", "41,2,3", "", "%", "--4", "1 23", "12 ab", "Data saknas"})
  void rejectsTextThatIsNoNumber(String written) {
    assertThatThrownBy(() -> SwedishNumbers.parse(written))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4l%", "ca 40"})
  void theMessageQuotesTheValue(String written) {
    assertThatThrownBy(() -> SwedishNumbers.parse(written))
        .hasMessage("\"" + written + "\" är inget tal");
  }
}

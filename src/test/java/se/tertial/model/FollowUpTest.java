package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uppföljningsperiod as written in real workbooks: which periods it names, and in words. */
class FollowUpTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DÅ08, ÅR | Följs upp i augusti och vid årsbokslut | false | true | true",
        "DÅ04,08,ÅR | Följs upp i april, augusti och vid årsbokslut | true | true | true",
        "T1, T2 | Följs upp i april och augusti | true | true | false",
        "ÅR | Följs upp vid årsbokslut | false | false | true",
        "april, augusti, december | Följs upp i april, augusti och vid årsbokslut | true | true | true",
        "'' | Följs upp varje period | true | true | true",
        "Löpande | Följs upp varje period | true | true | true"
      })
  void readsThePeriodsAndSaysThemInSwedish(
      String written, String label, boolean t1, boolean t2, boolean yearEnd) {
    FollowUp followUp = FollowUp.parse(written);

    assertThat(followUp.label()).isEqualTo(label);
    assertThat(followUp.includes(Period.parse("2025-T1"))).isEqualTo(t1);
    assertThat(followUp.includes(Period.parse("2025-T2"))).isEqualTo(t2);
    assertThat(followUp.includes(Period.parse("2025-ÅR"))).isEqualTo(yearEnd);
  }
}

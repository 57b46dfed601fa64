package se.tertial.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

  @Test
  void writesDecimalCommaAndNoBreakSpaceBeforeUnit() {
    assertThat(DisplayFormat.number(new BigDecimal("8.4"), "%")).isEqualTo("8,4\u00a0%");
    assertThat(DisplayFormat.number(new BigDecimal("41"), "%")).isEqualTo("41\u00a0%");
  }

  @Test
  void writesTrueMinusAndMnkr() {
    assertThat(DisplayFormat.number(new BigDecimal("-17.7"), "mnkr"))
        .isEqualTo("\u221217,7\u00a0mnkr");
  }

  @Test
  void groupsThousandsWithNoBreakSpace() {
    assertThat(DisplayFormat.number(new BigDecimal("1234567.25")))
        .isEqualTo("1\u00a0234\u00a0567,25");
    assertThat(DisplayFormat.number(new BigDecimal("617"))).isEqualTo("617");
    assertThat(DisplayFormat.number(new BigDecimal("-1000"))).isEqualTo("\u22121\u00a0000");
  }

  @Test
  void keepsTheWrittenScale() {
    assertThat(DisplayFormat.number(new BigDecimal("16.0"))).isEqualTo("16,0");
    assertThat(DisplayFormat.number(new BigDecimal("1E+3"))).isEqualTo("1\u00a0000");
  }

  @Test
  void leavesCountsWithoutUnit() {
    assertThat(DisplayFormat.number(new BigDecimal("29"), "antal")).isEqualTo("29");
    assertThat(DisplayFormat.number(new BigDecimal("1"), "st")).isEqualTo("1\u00a0st");
  }

  @Test
  void writesIsoDates() {
    assertThat(DisplayFormat.date(LocalDate.of(2022, 5, 31))).isEqualTo("2022-05-31");
    assertThat(DisplayFormat.date(null)).isEmpty();
  }
}

package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A number copied from a web page ends in a no-break space: still the number. */
class NoBreakSpaceNumberTest {
  @Test
  void aTrailingOrLeadingNoBreakSpaceIsIgnored() {
    assertThat(SwedishNumbers.parse("41\u00a0").value()).isEqualByComparingTo(new BigDecimal("41"));
    assertThat(SwedishNumbers.parse("\u202f1\u00a0234,5\u00a0").value())
        .isEqualByComparingTo(new BigDecimal("1234.5"));
    assertThat(SwedishNumbers.parse("41\u00a0%").isPercent()).isTrue();
  }
}

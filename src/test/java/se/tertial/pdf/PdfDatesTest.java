package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.tertial.model.Period;
import se.tertial.render.DocumentRenderer;

class PdfDatesTest {
  private static final Period T1 = Period.parse("2022-T1");

  @Test
  void aValidSourceDateEpochIsUsed() {
    assertThat(PdfDates.of("1651363200", null, T1).instant())
        .isEqualTo(Instant.parse("2022-05-01T00:00:00Z"));
    assertThat(PdfDates.of(null, LocalDate.of(2022, 5, 31), T1).instant())
        .isEqualTo(Instant.parse("2022-05-31T00:00:00Z"));
  }

  @Test
  void anOutOfRangeSourceDateEpochIsRefusedNeverADocumentInTheYear1000() {
    assertThatThrownBy(() -> PdfDates.of("-30610224000", null, T1))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH=-30610224000")
        .hasMessageContaining("utanför 1980-01-01 … 2099-12-31");
    assertThatThrownBy(() -> PdfDates.of("253402300800", null, T1))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("utanför");
    // Milliseconds by mistake: a year far beyond 9999.
    assertThatThrownBy(() -> PdfDates.of("1651363200000", null, T1))
        .isInstanceOf(PdfException.class);
    assertThatThrownBy(() -> PdfDates.of("99999999999999999999", null, T1))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("heltal");
  }

  @Test
  void theRendererRefusesABadValueBeforeAnythingIsRendered() {
    assertThatThrownBy(() -> new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "-1"))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH");
  }
}

package se.tertial.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.model.SampleInfo;

class CarryForwardTest {
  private static Report report(String title) {
    ReportInfo info =
        SampleInfo.sampleUnit(Period.parse("2022-T1"))
            .title(title)
            .documentId("DOK-1")
            .publicationDate(LocalDate.of(2022, 5, 31))
            .tolerance(new BigDecimal("5"))
            .kind("delarsbilaga")
            .extra(Map.of("Nämnd", "HSN"))
            .build();
    return new Report(info, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void keepsMetadataClearsPublicationDateAndMovesThePeriodInTheTitle() {
    Report next =
        CarryForward.to(
            report("Bilaga till delårsrapport per april 2022"), Period.parse("2022-T2"));

    ReportInfo info = next.info();
    assertThat(info.period()).isEqualTo(Period.parse("2022-T2"));
    assertThat(info.title()).isEqualTo("Bilaga till delårsrapport per augusti 2022");
    assertThat(info.publicationDate()).isNull();
    assertThat(info.tolerance()).isEqualByComparingTo("5");
    assertThat(info.documentId()).isEqualTo("DOK-1");
    assertThat(info.responsible()).isEqualTo("Jan Öström");
    assertThat(info.extra()).containsEntry("Nämnd", "HSN");
  }

  @Test
  void freeFormTitleIsLeftAsWritten() {
    Report next =
        CarryForward.to(report("Uppföljning av verksamhetsplanen"), Period.parse("2022-T2"));

    assertThat(next.info().title()).isEqualTo("Uppföljning av verksamhetsplanen");
  }

  @Test
  void shortPeriodLabelInTheTitleMovesToo() {
    Report next = CarryForward.to(report("Tertialrapport T1 2022"), Period.parse("2022-T2"));

    assertThat(next.info().title()).isEqualTo("Tertialrapport T2 2022");
  }
}

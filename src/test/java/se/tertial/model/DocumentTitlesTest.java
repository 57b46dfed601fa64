package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Titles and publication dates follow the period rendered, not the Rapport sheet's. */
class DocumentTitlesTest {
  private static ReportInfo info(String title, String kind, Map<String, String> extra) {
    return new ReportInfo(
        title,
        "Region Norrbotten",
        "Division Länssjukvård 2",
        Period.parse("2024-T1"),
        "",
        "",
        "",
        "",
        LocalDate.of(2024, 5, 28),
        null,
        null,
        null,
        kind,
        extra);
  }

  @Test
  void anotherTertialAndTheYearEndGetTheirOwnTitles() {
    ReportInfo t1 = info("Bilaga till delårsrapport per april 2024", "", Map.of());

    assertThat(t1.withPeriod(Period.parse("2024-T1")).title())
        .isEqualTo("Bilaga till delårsrapport per april 2024");
    assertThat(t1.withPeriod(Period.parse("2024-T2")).title())
        .isEqualTo("Bilaga till delårsrapport per augusti 2024");
    assertThat(t1.withPeriod(Period.parse("2024-ÅR")).title())
        .isEqualTo("Bilaga till årsredovisning 2024");
  }

  @Test
  void aBlankTitleIsTheKindsStandardTitle() {
    assertThat(DocumentTitles.title(info("", "", Map.of()), Period.parse("2024-T1")))
        .isEqualTo("Bilaga till delårsrapport per april 2024");
    assertThat(
            DocumentTitles.title(info("", "manadsuppfoljning", Map.of()), Period.parse("2025-05")))
        .isEqualTo("Månadsuppföljning av uppdrag maj 2025");
    assertThat(DocumentTitles.title(info("", "verksamhetsplan", Map.of()), Period.parse("2025-ÅR")))
        .isEqualTo("Verksamhetsplan 2025");
  }

  @Test
  void aTitleWithMoreTextKeepsItAroundTheStandardPart() {
    ReportInfo t1 = info("Bilaga till delårsrapport per april 2024 – Division X", "", Map.of());

    assertThat(t1.withPeriod(Period.parse("2024-ÅR")).title())
        .isEqualTo("Bilaga till årsredovisning 2024 – Division X");
  }

  @Test
  void publicationDateIsThePeriodsOwnOrNoneNeverAnotherPeriods() {
    ReportInfo t1 =
        info(
            "Bilaga till delårsrapport per april 2024",
            "",
            Map.of("Publiceringsdatum 2024-T2", "2024-09-30"));

    assertThat(t1.withPeriod(Period.parse("2024-T2")).publicationDate())
        .isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(t1.withPeriod(Period.parse("2024-ÅR")).publicationDate()).isNull();
    assertThat(t1.publicationDate(Period.parse("2024-T1"))).isEqualTo(LocalDate.of(2024, 5, 28));
  }

  @Test
  void unitTypeGivesTheHeadingsGenitive() {
    assertThat(info("", "", Map.of("Enhetstyp", "Förvaltning")).unitGenitive())
        .isEqualTo("förvaltningens");
    assertThat(info("", "", Map.of()).unitGenitive()).isEqualTo("divisionens");
    assertThat(
            new ReportInfo(
                    "",
                    "",
                    "Hälso- och sjukvård",
                    null,
                    "",
                    "",
                    "",
                    "",
                    null,
                    null,
                    null,
                    null,
                    "",
                    Map.of())
                .unitGenitive())
        .isEmpty();
  }
}

package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Rapport sheet's metadata: its copy-builder and its further fields. */
class ReportInfoTest {

  @Test
  void furtherFieldsKeepTheOrderTheyWereWrittenIn() {
    Map<String, String> written = new LinkedHashMap<>();
    for (String field : new String[] {"Zeta", "Enhetstyp", "Alfa", "Publiceringsdatum 2024-T1"}) {
      written.put(field, field.toLowerCase());
    }

    ReportInfo info = ReportInfo.builder().extra(written).build();

    assertThat(info.extra().keySet())
        .containsExactly("Zeta", "Enhetstyp", "Alfa", "Publiceringsdatum 2024-T1");
  }

  @Test
  void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
    ReportInfo info =
        SampleInfo.sampleUnit(Period.parse("2024-T1"))
            .title("Tertialrapport")
            .publicationDate(LocalDate.of(2024, 5, 20))
            .tolerance(new BigDecimal("5"))
            .absoluteTolerance(BigDecimal.ONE)
            .trendBase(TrendBase.PREVIOUS_PERIOD)
            .kind("manadsuppfoljning")
            .extra(Map.of("Enhetstyp", "division"))
            .build();

    assertThat(info.toBuilder().build()).isEqualTo(info);
    ReportInfo other = info.toBuilder().unit("Division X").build();
    assertThat(other.unit()).isEqualTo("Division X");
    assertThat(other.toBuilder().unit(info.unit()).build()).isEqualTo(info);
    assertThat(info.withKind("verksamhetsplan").kind()).isEqualTo("verksamhetsplan");
    assertThat(info.withKind("verksamhetsplan").toBuilder().kind(info.kind()).build())
        .isEqualTo(info);
  }
}

package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelt contract column is named; an analyst's own column is not mistaken for one. */
class ColumnSpellingTest {
  private static final List<ColumnSpec> OUTCOMES =
      List.of(
          ColumnSpec.required("ID", "Mått-ID"),
          ColumnSpec.required("Period"),
          ColumnSpec.optional("Kvinnor", "K"),
          ColumnSpec.optional("Män", "M"),
          ColumnSpec.optional("Totalt", "Tot", "Total"),
          ColumnSpec.optional("Kommentar", "Analys"),
          ColumnSpec.optional("Bedömning"));

  @Test
  void nearMissesNameTheColumnTheyMostLikelyMean() {
    assertThat(ColumnSpelling.likelyMeant("Kvinor", OUTCOMES)).contains("Kvinnor");
    assertThat(ColumnSpelling.likelyMeant("Kommentarer", OUTCOMES)).contains("Kommentar");
    assertThat(ColumnSpelling.likelyMeant("Perod", OUTCOMES)).contains("Period");
    assertThat(ColumnSpelling.likelyMeant("Bedömnig", OUTCOMES)).contains("Bedömning");
    assertThat(ColumnSpelling.likelyMeant("Kvinonr", OUTCOMES)).contains("Kvinnor");
  }

  @Test
  void ownColumnsAndShortNamesAreNotMistakenForContractColumns() {
    assertThat(ColumnSpelling.likelyMeant("Kontaktperson", OUTCOMES)).isEmpty();
    assertThat(ColumnSpelling.likelyMeant("Anteckningar", OUTCOMES)).isEmpty();
    assertThat(ColumnSpelling.likelyMeant("Färg", OUTCOMES)).isEmpty();
    assertThat(ColumnSpelling.likelyMeant("Nr", OUTCOMES)).isEmpty(); // not "ID" or "M"
    assertThat(ColumnSpelling.likelyMeant("Ansvarig", OUTCOMES)).isEmpty();
  }

  @Test
  void distanceCountsATranspositionAsOneSlip() {
    assertThat(ColumnSpelling.distance("kvinnor", "kvinnor")).isZero();
    assertThat(ColumnSpelling.distance("kvinonr", "kvinnor")).isEqualTo(1);
    assertThat(ColumnSpelling.distance("kvinor", "kvinnor")).isEqualTo(1);
    assertThat(ColumnSpelling.distance("", "abc")).isEqualTo(3);
  }
}

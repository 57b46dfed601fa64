package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionStateTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({
    "Ej påbörjad, NOT_STARTED",
    "ej PÅBÖRJAD, NOT_STARTED",
    "Pågår enligt plan, ON_TRACK",
    "Pågår, ON_TRACK",
    "Pågår med avvikelse, DEVIATING",
    "Försenad, DEVIATING",
    "Genomförd, DONE",
    "Klar, DONE",
    "Avbruten, CANCELLED",
    "Avförd, CANCELLED",
    "Inställd, CANCELLED",
  })
  void readsStatusesAndTheirAliasesWithoutCorrection(String written, ActionState state) {
    var parsed = ActionState.parse(written);
    assertThat(parsed.state()).isEqualTo(state);
    assertThat(parsed.correction()).isEmpty();
  }

  @Test
  void theMisspellingSeenInSeedZeroIsReadWithACorrection() {
    var parsed = ActionState.parse("Ej fåbörjats");
    assertThat(parsed.state()).isEqualTo(ActionState.NOT_STARTED);
    assertThat(parsed.correction()).contains("Ej påbörjad");
  }

  @Test
  void unknownStatusNamesTheAllowedOnes() {
    assertThatThrownBy(() -> ActionState.parse("Kanske"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"Kanske\" är ingen status")
        .hasMessageContaining("Pågår enligt plan");
  }

  @Test
  void polarityReadsWordsAndSigns() {
    assertThat(Polarity.parse("Högre är bättre")).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Polarity.parse("minska")).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Polarity.parse("−")).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Polarity.parse("+")).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Polarity.parse(" ")).isEqualTo(Polarity.UNSPECIFIED);
  }

  @Test
  void sourceRefDescribesPositionsInSwedish() {
    assertThat(new SourceRef("utfall.csv", null, 14, "Kvinnor").describe())
        .isEqualTo("utfall.csv rad 14, kolumn Kvinnor");
    assertThat(new SourceRef("enhet.xlsx", "Utfall", 14, "Kvinnor").describe())
        .isEqualTo("enhet.xlsx, blad Utfall, rad 14, kolumn Kvinnor");
    assertThat(SourceRef.file("enhet.xlsx").describe()).isEqualTo("enhet.xlsx");
  }
}

package se.tertial.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.tertial.model.Period;

/**
 * A text regenerated into a past period that names a tertial or year end of a later year, with that
 * year, is found with the period it names; earlier years and bare years are left alone.
 */
class StaleTextsLaterYearTest {
  private static final Period T1_2021 = Period.tertial(2021, 1);

  @Test
  void findsEachFormOfALaterPeriodWithItsYear() {
    assertNames("I denna bilaga per april 2022 presenteras …", "per april 2022", "2022-T1");
    assertNames("Uppföljning januari–augusti 2023.", "januari–augusti 2023", "2023-T2");
    assertNames("Resultatet för T1 2022 visar …", "T1 2022", "2022-T1");
    assertNames("Under första tertialen 2022 ses …", "första tertialen 2022", "2022-T1");
    assertNames("Se årsredovisningen 2022.", "årsredovisningen 2022", "2022-ÅR");
  }

  @Test
  void leavesEarlierYearsBareYearsAndTheDocumentsOwnAlone() {
    for (String text :
        new String[] {
          "Jämfört med per april 2020 har besöken ökat.",
          "Prognosen för 2022 är osäker.",
          "Per april 2021 har 40 % svarat.",
          "Sedan 2019 per april har …",
          "",
        }) {
      assertThat(StaleTexts.laterYear(text, T1_2021)).as(text).isEmpty();
    }
  }

  private static void assertNames(String text, String phrase, String period) {
    assertThat(StaleTexts.laterYear(text, T1_2021))
        .as(text)
        .hasValueSatisfying(
            named -> {
              assertThat(named.phrase()).isEqualTo(phrase);
              assertThat(named.period().code()).isEqualTo(period);
            });
  }
}

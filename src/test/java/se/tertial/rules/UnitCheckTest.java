package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Polarity;

class UnitCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Högst 30 dagar|%",
        "Väntetiden får inte överstiga 30 dagar|Andel (%)",
        "Högst 2 mnkr|tkr",
        "Minst 80 %|Antal",
        "Minst 90 % senast 2025|dagar",
        "K minst 10 dagar, M minst 12 dagar|veckor",
      })
  void aTargetInAnotherUnitThanTheMeasureIsNotJudged(String target, String enhet) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(target, Polarity.UNSPECIFIED, enhet);

    assertThat(parsed.rule()).isInstanceOf(NotAssessable.class);
    assertThat(parsed.warning()).get().asString().contains("måttets Enhet är \"" + enhet + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Minst 80 %|%",
        "Minst 80 procent|Andel (%)",
        "Högst 5 dagar|Antal dagar",
        "Högst 250 tkr|tkr",
        "Över 12 000 besök|st",
        "Minst 70 av 100|index",
        "Minst 3 procentenheter över riket|%",
        "Högst 30 dagar|",
      })
  void aTargetInTheMeasuresUnitOrAnUnknownOneIsRead(String target, String enhet) {
    TargetRuleParser.Parsed parsed =
        TargetRuleParser.read(target, Polarity.UNSPECIFIED, enhet == null ? "" : enhet);

    assertThat(parsed.rule()).isNotInstanceOf(NotAssessable.class);
  }

  @Test
  void percentagePointsAndPercentAreOneUnit() {
    assertThat(UnitCheck.unitOf("procentenheter")).isEqualTo(UnitCheck.unitOf("%"));
    assertThat(UnitCheck.unitOf("Antal dagar")).contains("dagar");
    assertThat(UnitCheck.unitOf("invånare")).isEmpty();
  }
}

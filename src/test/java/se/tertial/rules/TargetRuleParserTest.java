package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Polarity;

class TargetRuleParserTest {

  private static final Polarity NONE = Polarity.UNSPECIFIED;

  @ParameterizedTest(name = "[{index}] \"{0}\" → {1} better, keep={2}, base={3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Öka | HIGHER_IS_BETTER | false | null",
        "Minska | LOWER_IS_BETTER | false | null",
        "  oka  | HIGHER_IS_BETTER | false | null",
        "MINSKA. | LOWER_IS_BETTER | false | null",
        "Öka jmf med motsvarande kvartal året innan | HIGHER_IS_BETTER | false | null",
        "Öka jämfört med samma period föregående år | HIGHER_IS_BETTER | false | null",
        "Minska jmf 2020 | LOWER_IS_BETTER | false | 2020",
        "Minska jämfört med 2019 | LOWER_IS_BETTER | false | 2019",
        "Minska jfr med år 2021 | LOWER_IS_BETTER | false | 2021",
        "Behålla | UNSPECIFIED | true | null",
        "Bibehålla | UNSPECIFIED | true | null",
      })
  void readsDirections(String text, Polarity better, boolean keep, Integer base) {
    assertThat(TargetRuleParser.parse(text, NONE))
        .isEqualTo(new Direction(text, better, keep, base));
  }

  @Test
  void forbattratVardeTakesItsDirectionFromRiktning() {
    assertThat(TargetRuleParser.parse("Förbättrat värde", Polarity.LOWER_IS_BETTER))
        .isEqualTo(new Direction("Förbättrat värde", Polarity.LOWER_IS_BETTER, false, null));
  }

  @Test
  void forbattratVardeWithoutRiktningIsNotAssessableWithAWarning() {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read("Förbättrat värde", NONE);
    assertThat(parsed.rule()).isInstanceOf(NotAssessable.class);
    assertThat(parsed.warning()).isPresent();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Minska med 50% jmf 2020 | LOWER_IS_BETTER | 50 | 2020",
        "Minska med 50 % jämfört med 2020 | LOWER_IS_BETTER | 50 | 2020",
        "Öka 5 % | HIGHER_IS_BETTER | 5 | null",
        "Minska 5% | LOWER_IS_BETTER | 5 | null",
        "Öka med 20% | HIGHER_IS_BETTER | 20 | null",
        "öka med 2,5 procent | HIGHER_IS_BETTER | 2.5 | null",
      })
  void readsRelativeChanges(String text, Polarity better, BigDecimal percent, Integer base) {
    TargetRule rule = TargetRuleParser.parse(text, NONE);
    assertThat(rule).isInstanceOf(Change.class);
    Change r = (Change) rule;
    assertThat(r.better()).isEqualTo(better);
    assertThat(r.relative()).isTrue();
    assertThat(r.amount()).isEqualByComparingTo(percent);
    assertThat(r.baseYear()).isEqualTo(base);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Över 90% | LOWER_IS_BETTER",
        "Högst 5 % | HIGHER_IS_BETTER",
        "Minska med 5 % | HIGHER_IS_BETTER",
        "Öka, minst 70 % | LOWER_IS_BETTER",
        "Ska inte öka jämfört med 2019 | HIGHER_IS_BETTER"
      })
  void aReadingAgainstRiktningIsRefusedNamingBoth(String text, Polarity riktning) {
    TargetRule rule = TargetRuleParser.parse(text, riktning);
    assertThat(rule).isInstanceOf(NotAssessable.class);
    assertThat(((NotAssessable) rule).reason()).contains("Riktning", riktning.label());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "70% | HIGHER_IS_BETTER | 70 | % | AT_LEAST",
        "7% | LOWER_IS_BETTER | 7 | % | AT_MOST",
        "Minst 70 % | UNSPECIFIED | 70 | % | AT_LEAST",
        "Över 90% | HIGHER_IS_BETTER | 90 | % | ABOVE",
        "Under 6,5% | UNSPECIFIED | 6.5 | % | BELOW",
        "under 6.5 % | UNSPECIFIED | 6.5 | % | BELOW",
        "Högst 7% | UNSPECIFIED | 7 | % | AT_MOST",
        "≤ 7 % | UNSPECIFIED | 7 | % | AT_MOST",
        "<= 7 % | UNSPECIFIED | 7 | % | AT_MOST",
        "≥ 95 % | UNSPECIFIED | 95 | % | AT_LEAST",
        "350 kr | LOWER_IS_BETTER | 350 | kr | AT_MOST",
        "1,0 % | LOWER_IS_BETTER | 1.0 | % | AT_MOST",
        "0,0 | HIGHER_IS_BETTER | 0.0 | '' | AT_LEAST",
        "−2,5 mnkr | HIGHER_IS_BETTER | -2.5 | mnkr | AT_LEAST",
        "Minst 1 234 st | UNSPECIFIED | 1234 | st | AT_LEAST",
        "70 procent | HIGHER_IS_BETTER | 70 | % | AT_LEAST",
      })
  void readsThresholds(String text, Polarity riktning, BigDecimal value, String unit, Bound bound) {
    TargetRule rule = TargetRuleParser.parse(text, riktning);
    assertThat(rule).isInstanceOf(Threshold.class);
    Threshold t = (Threshold) rule;
    assertThat(t.value()).isEqualByComparingTo(value);
    assertThat(t.unit()).isEqualTo(unit);
    assertThat(t.bound()).isEqualTo(bound);
  }

  @ParameterizedTest
  @CsvSource({"7%", "0,0", "350 kr"})
  void plainNumberWithoutRiktningIsNotAssessedWithAWarning(String text) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, NONE);
    assertThat(parsed.rule()).isInstanceOf(NotAssessable.class);
    assertThat(parsed.warning()).hasValueSatisfying(w -> assertThat(w).contains("Riktning"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "100 % i dec | 100 | AT_LEAST | null | 12",
        "100% i december | 100 | AT_LEAST | null | 12",
        "90 % senast 2022-12-31 | 90 | AT_LEAST | 2022 | 12",
        "Minst 80 % vid årets slut | 80 | AT_LEAST | null | 12",
        "Högst 5 % i juni 2023 | 5 | AT_MOST | 2023 | 6",
      })
  void readsDeadlines(String text, BigDecimal value, Bound bound, Integer year, int month) {
    TargetRule rule = TargetRuleParser.parse(text, NONE);
    assertThat(rule).isInstanceOf(Deadline.class);
    Deadline d = (Deadline) rule;
    assertThat(d.threshold().value()).isEqualByComparingTo(value);
    assertThat(d.threshold().bound()).isEqualTo(bound);
    assertThat(d.year()).isEqualTo(year);
    assertThat(d.month()).isEqualTo(month);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "K 16,0 M 17,2 | 16.0 | 17.2",
        "K: 16 / M: 17,2 | 16 | 17.2",
        "K:75% M:75% | 75 | 75",
        "k 16.0, m 17.2 | 16.0 | 17.2",
      })
  void readsPerSexTargetsWithPolarityFromRiktning(String text, BigDecimal women, BigDecimal men) {
    TargetRule rule = TargetRuleParser.parse(text, Polarity.LOWER_IS_BETTER);
    assertThat(rule).isInstanceOf(PerSex.class);
    PerSex p = (PerSex) rule;
    assertThat(p.women().value()).isEqualByComparingTo(women);
    assertThat(p.men().value()).isEqualByComparingTo(men);
    assertThat(p.women().bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void perSexWithoutRiktningIsNotAssessedWithAWarning() {
    assertThat(TargetRuleParser.read("K 16,0 M 17,2", NONE).warning()).isPresent();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "I nivå med riket | LEVEL | riket | UNSPECIFIED",
        "Bättre än riket | BETTER | riket | HIGHER_IS_BETTER",
        "Låg och stabil nivå jfr med andra regioner | LOW_AND_STABLE | andra regioner | LOWER_IS_BETTER",
      })
  void readsReferenceTargets(String text, ReferenceKind kind, String reference, Polarity better) {
    Polarity riktning = kind == ReferenceKind.BETTER ? Polarity.HIGHER_IS_BETTER : NONE;
    assertThat(TargetRuleParser.parse(text, riktning))
        .isEqualTo(new Reference(text, kind, reference, better));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Under utredning", "målvärde saknas", "''", "'   '"})
  void deliberatelyOpenTargetsAreNotAssessedWithoutWarning(String text) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, NONE);
    assertThat(parsed.rule()).isInstanceOf(NotAssessable.class);
    assertThat(((NotAssessable) parsed.rule()).reason()).isNotBlank();
    assertThat(parsed.warning()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Så bra som möjligt", "Öka kraftigt mot alla odds", "70 % 80 %", "K 16 M"})
  void unparsedTextIsNotAssessedWithAWarningNamingIt(String text) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, Polarity.HIGHER_IS_BETTER);
    assertThat(parsed.rule()).isInstanceOf(NotAssessable.class);
    assertThat(parsed.warning()).hasValueSatisfying(w -> assertThat(w).contains(text));
  }

  @Test
  void nullTextIsNotAssessable() {
    assertThat(TargetRuleParser.parse(null, null)).isInstanceOf(NotAssessable.class);
  }
}

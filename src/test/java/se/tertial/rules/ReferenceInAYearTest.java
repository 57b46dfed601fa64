package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reference in a named year ("I nivå med riket 2023", "Minst rikets nivå 2024"): the reference
 * values tertial reads are the report period's, so the year's value cannot be known from the
 * workbook. The target is refused naming why, never compared with another year's value.
 */
class ReferenceInAYearTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "I nivå med riket 2023",
        "Minst rikets nivå 2024",
        "I nivå med riket år 2023",
        "Minst riksgenomsnittet 2024",
        "Lägre än länet 2022",
        "Minst 5 % över riket 2023"
      })
  void isRefusedSayingTheYearsValueCannotBeKnownFromTheWorkbook(String text) {
    NotAssessable refusal = (NotAssessable) TargetRuleParser.parse(text, null);
    assertThat(refusal.refusal()).isEqualTo(Refusal.AMBIGUOUS);
    assertThat(refusal.reason())
        .contains("året kan gälla jämförelsevärdet eller när målet ska nås")
        .contains("kan inte hämtas ur arbetsboken");
    assertThat(refusal.words()).hasSize(1);
  }
}

package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tertial.model.Polarity;

/**
 * Plain words around a complete target are its subject and are reported, never dropped unseen; a
 * word that could change the target (a hedge, an exclusion, a distributive, a misspelt limit) is
 * never a subject: the text is refused and the reason quotes the word.
 */
class SubjectWordsTest {

  @ParameterizedTest(name = "\"{0}\" → subject \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Högst 14 dagars väntetid|väntetid",
        "NKI minst 70|NKI",
        "Inga fall av vårdrelaterade infektioner|av vårdrelaterade infektioner",
        "Minst 90 % av alla patienter|av alla patienter",
        "Skillnaden i sjukfrånvaro mellan kvinnor och män ska minska|i sjukfrånvaro",
        "Minska könsskillnaderna i sjukfrånvaro|i sjukfrånvaro",
        "Ingen skillnad i lön mellan kvinnor och män|i lön",
        "Andelen kvinnor bland chefer ska öka|Andelen kvinnor bland chefer",
        "Minst 80 %|''"
      })
  void plainWordsAroundATargetAreItsReportedSubject(String text, String subject) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, Polarity.UNSPECIFIED, "");
    assertThat(parsed.rule()).isNotInstanceOf(NotAssessable.class);
    assertThat(parsed.subject()).isEqualTo(subject);
  }

  @ParameterizedTest(name = "\"{0}\" is refused quoting \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Knappt 80 %|Knappt",
        "Nästan 100 %|Nästan",
        "Minst 80 % exklusive akuta fall|exklusive",
        "Minst 80 % varje månad|varje",
        "Mins 80 %|Mins",
        "Högts 5 %|Högts",
        "Andelen ska öka kraftigt|kraftigt"
      })
  void aWordThatCouldChangeTheTargetIsNeverASubject(String text, String word) {
    for (Polarity p : Polarity.values()) {
      TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, p, "");
      assertThat(parsed.rule()).as("%s (%s)", text, p).isInstanceOf(NotAssessable.class);
      assertThat(parsed.paraphrase()).contains("\"" + word + "\"");
    }
  }
}

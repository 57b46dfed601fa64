package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A refusal quoting a word the grammar knows as changing a target ("Totalt", "riket", "initialt",
 * "knappt", "utom", "flesta") says what that word does and why it cannot stand there, never that
 * the word "förstås inte", which would send the analyst looking for a typo. Unknown words still
 * "förstås inte".
 */
class KnownWordRefusalReasonTest {

  private static String reason(String text) {
    return ((NotAssessable) TargetRuleParser.parse(text, null)).reason();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Totalt minst 80 %|\"Totalt\" ger ett mål för totalen, och det läses inte",
        "Minst 80 % sammantaget|\"sammantaget\" ger ett mål för totalen",
        "Minst 80 % riket|\"riket\" är en jämförelse, men inget ord före säger hur utfallet",
        "Riket minst 80 %|\"Riket\" är en jämförelse",
        "Minst 80 % initialt|\"initialt\" säger att målet gäller en tid eller först på sikt",
        "Knappt 80 %|\"Knappt\" gör målet ungefärligt",
        "Minst 80 % för de flesta|\"flesta\" säger för hur många målet gäller",
        "Drygt 80 %|\"Drygt\" gör målet ungefärligt"
      })
  void saysWhatTheKnownWordDoesAndNotThatItIsNotUnderstood(String text, String expected) {
    assertThat(reason(text)).contains(expected).doesNotContain("förstås inte");
  }

  @Test
  void anUnknownWordBesideAKnownOneIsStillNotUnderstood() {
    assertThat(reason("Minst 80 % utom under sommaren"))
        .contains("\"utom\" undantar något ur målet")
        .contains("\"sommaren\" förstås inte");
  }

  @Test
  void aGenitiveOfAReferenceIsNoReference() {
    // "länets kommuner" names whose gap it is; "är en jämförelse" would be wrong there.
    assertThat(reason("Skillnaden mellan länets kommuner ska minska"))
        .contains("\"länets\", \"kommuner\" förstås inte");
  }

  @Test
  void anUnknownWordAloneIsNotUnderstood() {
    assertThat(reason("Öka kraftigt")).endsWith("\"kraftigt\" förstås inte");
  }
}

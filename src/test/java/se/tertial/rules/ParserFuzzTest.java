package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Polarity;

/** {@link TargetRuleParser#parse} never throws and always gives a rule carrying the text. */
class ParserFuzzTest {

  @Property(tries = 10_000)
  void parseNeverThrowsOnArbitraryStrings(
      @ForAll("anyText") String text, @ForAll Polarity polarity) {
    TargetRule rule = TargetRuleParser.parse(text, polarity);
    assertThat(rule).isNotNull();
    assertThat(rule.text()).isEqualTo(text);
    assertThat(rule.type()).isNotBlank();
  }

  @Property(tries = 10_000)
  void parseNeverThrowsOnTargetLikeStrings(
      @ForAll("targetLike") String text, @ForAll Polarity polarity) {
    assertThat(TargetRuleParser.parse(text, polarity)).isNotNull();
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  /** Pieces of real targets glued at random: reaches deep into the patterns. */
  @Provide
  Arbitrary<String> targetLike() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "Öka",
            "minska",
            "med",
            " ",
            "  ",
            "50",
            "%",
            "procent",
            "jmf",
            "jämfört med",
            "2020",
            "99999999999999999999",
            "K",
            "M",
            ":",
            "/",
            "16,0",
            "17.2",
            "−",
            "-",
            "i dec",
            "senast",
            "2022-13-45",
            "vid årets slut",
            "Under",
            "Över",
            "≤",
            "≥",
            "mnkr",
            "kr",
            "riket",
            "I nivå med",
            "Bättre än",
            "Behålla",
            "0,0",
            "\u00a0",
            "\t",
            "\n",
            "1 234",
            "e999",
            ".",
            ",",
            "år");
    return piece.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}

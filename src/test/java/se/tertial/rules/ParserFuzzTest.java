package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Polarity;

/**
 * {@link TargetRuleParser#read} never throws (the parser has no catch-all: an exception is a
 * grammar bug and fails here), always gives a rule carrying the text, and every reading it gives is
 * a target text itself: its paraphrase reads back as the same typed rule.
 */
class ParserFuzzTest {

  @Property(tries = 10_000)
  void anyTextGivesARuleWhoseReadingReadsBackAsItself(
      @ForAll("anyText") String text, @ForAll Polarity polarity) {
    assertReadsBack(text, polarity, "");
  }

  @Property(tries = 10_000)
  void targetLikeTextGivesARuleWhoseReadingReadsBackAsItself(
      @ForAll("targetLike") String text, @ForAll Polarity polarity, @ForAll("units") String unit) {
    assertReadsBack(text, polarity, unit);
  }

  private static void assertReadsBack(String text, Polarity polarity, String unit) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, polarity, unit);
    TargetRule rule = parsed.rule();
    assertThat(rule.text()).isEqualTo(text);
    assertThat(rule.type()).isNotBlank();
    assertThat(parsed.paraphrase()).isNotBlank();
    if (!(rule instanceof NotAssessable)) {
      TargetRule again = TargetRuleParser.read(parsed.paraphrase(), polarity, unit).rule();
      assertThat(RuleFormat.typed(again)).as(parsed.paraphrase()).isEqualTo(RuleFormat.typed(rule));
    }
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("", "%", "st", "mnkr", "dagar", "placering");
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
            "år",
            "minst",
            "högst",
            "ska",
            "vara",
            "inte",
            "sämre än",
            "per",
            "plats",
            "inom",
            "dagar",
            "(2025)",
            "2026:",
            ";",
            "avvikelse",
            "samtliga",
            "inga",
            "positivt",
            "på en",
            "5-gradig skala",
            "av",
            "3",
            "bland de",
            "bästa",
            "liknande kommuner",
            "genomsnittet för",
            "som",
            "andelen");
    return piece.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}

package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Polarity;

/**
 * A share or number of one sex among a group ("Andelen kvinnor bland chefer ska öka") is a target
 * on the measure itself: generated from heads × one sex × group words × nouns × verbs it always
 * reads as a plain direction (never per sex, never a gap) with the whole group as its subject; and
 * the same sentence naming the other sex too is never read as a plain direction on the measure.
 */
class CountedGroupPropertyTest {

  private static final String[] HEADS = {"Andelen", "Andel", "Antalet", "Antal"};
  private static final String[] ONE_SEX = {"kvinnor", "män", "flickor", "pojkar", "tjejer"};
  private static final String[] OTHER = {"män", "kvinnor", "pojkar", "flickor", "killar"};
  private static final String[] GROUP = {"bland", "inom", "i", "hos"};
  private static final String[] NOUNS = {
    "chefer",
    "nyanställda sjuksköterskor",
    "styrelserna",
    "förvaltningens ledningsgrupper",
    "idrottsföreningar",
    "forskarutbildade läkare"
  };

  record Sentence(String head, int sex, String group, String noun, boolean up) {
    String text(boolean bothSexes) {
      String who = bothSexes ? ONE_SEX[sex] + " och " + OTHER[sex] : ONE_SEX[sex];
      return head + " " + who + " " + group + " " + noun + " ska " + (up ? "öka" : "minska");
    }
  }

  @Provide
  Arbitrary<Sentence> sentences() {
    return Combinators.combine(
            Arbitraries.of(HEADS),
            Arbitraries.integers().between(0, ONE_SEX.length - 1),
            Arbitraries.of(GROUP),
            Arbitraries.of(NOUNS),
            Arbitraries.of(true, false))
        .as(Sentence::new);
  }

  @Property(tries = 300)
  void oneSexAmongAGroupIsADirectionOnTheMeasureWithTheGroupAsSubject(
      @ForAll("sentences") Sentence s) {
    String text = s.text(false);
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, Polarity.UNSPECIFIED, "%");
    assertThat(parsed.rule()).as(text).isInstanceOf(Direction.class);
    assertThat(((Direction) parsed.rule()).better())
        .isEqualTo(s.up() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER);
    assertThat(parsed.subject()).isEqualTo(text.substring(0, text.indexOf(" ska ")));
  }

  @Property(tries = 300)
  void bothSexesAmongAGroupAreNeverAPlainDirectionOnTheMeasure(@ForAll("sentences") Sentence s) {
    String text = s.text(true);
    TargetRule rule = TargetRuleParser.read(text, Polarity.UNSPECIFIED, "%").rule();
    assertThat(rule).as(text).isNotInstanceOf(Direction.class);
  }
}

package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical paraphrase is itself a target text: for every accepted phrasing of the golden
 * corpus, the paraphrase parses back (with the same Riktning and Enhet) to the same typed rule. So
 * what {@code tertial rule} and the reasons print can be pasted into next year's plan unchanged.
 */
class ParaphraseRoundTripTest {

  static Stream<Arguments> accepted() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String[] row : TargetRuleCorpusTest.rows()) {
      if (!row[3].startsWith("not_assessable")) {
        cases.add(Arguments.of(row[0], row[1], row[2], row[3]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" → {3}")
  @MethodSource("accepted")
  void theParaphraseOfEveryAcceptedRuleReadsBackAsTheSameRule(
      String text, String riktning, String unit, String typed) {
    TargetRuleParser.Parsed first =
        TargetRuleParser.read(text, TargetRuleCorpusTest.riktning(riktning), unit);
    String paraphrase = first.paraphrase();
    TargetRuleParser.Parsed again =
        TargetRuleParser.read(paraphrase, TargetRuleCorpusTest.riktning(riktning), unit);
    assertThat(RuleFormat.typed(again.rule())).as(paraphrase).isEqualTo(typed);
  }
}

package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tertial.model.Polarity;

/**
 * The golden corpus of target phrasings (src/test/resources/se/tertial/rules/target-corpus.tsv):
 * every family of target texts, typos, spacing variants and decoys, each with the typed rule it
 * must give or the refusal it must get, and for the newer rows the kind of plan it was written
 * after (a fifth column, not read by the test).
 */
class TargetRuleCorpusTest {

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String[] row : rows()) {
      cases.add(Arguments.of(row[0], row[1], row[2], row[3]));
    }
    return cases.stream();
  }

  static List<String[]> rows() throws IOException {
    try (InputStream in = TargetRuleCorpusTest.class.getResourceAsStream("target-corpus.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> rows = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4 && cells.length != 5) {
          throw new IllegalStateException("corpus line without 4 or 5 columns: " + line);
        }
        rows.add(Arrays.copyOf(cells, 4));
      }
      return rows;
    }
  }

  static Polarity riktning(String code) {
    return switch (code) {
      case "h" -> Polarity.HIGHER_IS_BETTER;
      case "l" -> Polarity.LOWER_IS_BETTER;
      default -> Polarity.UNSPECIFIED;
    };
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}, {2}) → {3}")
  @MethodSource("corpus")
  void everyPhrasingGivesItsExpectedRuleOrRefusal(
      String text, String riktning, String unit, String expected) {
    TargetRuleParser.Parsed parsed = TargetRuleParser.read(text, riktning(riktning), unit);
    assertThat(RuleFormat.typed(parsed.rule())).isEqualTo(expected);
    assertThat(parsed.rule().text()).isEqualTo(text);
    assertThat(parsed.paraphrase()).isNotBlank();
    if (parsed.rule() instanceof NotAssessable n) {
      // Unknown words are never skipped silently: the reason quotes each of them.
      n.words().forEach(w -> assertThat(n.reason()).contains(w));
      boolean deliberate = n.refusal() == Refusal.OPEN || n.refusal() == Refusal.EMPTY;
      assertThat(parsed.warning().isPresent()).isEqualTo(!deliberate);
    } else {
      assertThat(parsed.warning()).isEmpty();
    }
  }
}

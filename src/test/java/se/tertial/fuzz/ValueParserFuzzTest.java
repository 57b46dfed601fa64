package se.tertial.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.tertial.model.ActionState;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.SwedishNumbers;

/**
 * The model's value parsers on 98 000 seeded random inputs (times {@code tertial.fuzz.factor}):
 * each either returns a value or throws {@link InvalidValueException} — the one exception the
 * readers turn into a finding. Anything else would reach the analyst as an internal error.
 */
class ValueParserFuzzTest {

  private static int fuzz(long salt, int tries, int maxPieces, Consumer<String> parser) {
    FuzzText text = new FuzzText(salt);
    int count = 0;
    for (int i = 0; i < tries * FuzzText.FACTOR; i++) {
      String input = text.next(maxPieces);
      try {
        parser.accept(input);
      } catch (InvalidValueException expected) {
        // the documented failure: becomes a finding naming the cell
      } catch (RuntimeException e) {
        throw new AssertionError(
            "seed " + FuzzText.SEED + ", input \"" + escape(input) + "\": " + e, e);
      }
      count++;
    }
    return count;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(c -> out.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : (char) c + ""));
    return out.toString();
  }

  @Test
  @Timeout(60)
  void swedishNumbersThrowOnlyInvalidValue() {
    assertThat(fuzz(1, 33_000, 8, t -> assertThat(SwedishNumbers.parse(t)).isNotNull()))
        .isEqualTo(33_000 * FuzzText.FACTOR);
  }

  @Test
  @Timeout(60)
  void periodsThrowOnlyInvalidValue() {
    assertThat(fuzz(2, 20_000, 6, t -> assertThat(Period.parse(t)).isNotNull())).isPositive();
  }

  @Test
  @Timeout(60)
  void periodRangesThrowOnlyInvalidValue() {
    assertThat(fuzz(3, 15_000, 8, t -> assertThat(Period.parseRange(t)).isNotNull())).isPositive();
  }

  @Test
  @Timeout(60)
  void actionStatesThrowOnlyInvalidValue() {
    assertThat(fuzz(4, 10_000, 5, t -> assertThat(ActionState.parse(t)).isNotNull())).isPositive();
  }

  @Test
  @Timeout(60)
  void polaritiesThrowOnlyInvalidValue() {
    assertThat(fuzz(5, 10_000, 5, t -> assertThat(Polarity.parse(t)).isNotNull())).isPositive();
  }

  @Test
  @Timeout(60)
  void judgementsThrowOnlyInvalidValue() {
    assertThat(fuzz(6, 10_000, 5, t -> assertThat(Judgement.parse(t)).isNotNull())).isPositive();
  }
}

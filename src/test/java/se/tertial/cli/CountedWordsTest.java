package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.tertial.model.Messages;

/** Summary lines say "1 bilaga", "1 period", "1 enhet" for one and the plural for more. */
class CountedWordsTest {
  private static final Messages.Bundle RENDER = new Messages.Bundle("se.tertial.cli.render");
  private static final Messages.Bundle CLI = new Messages.Bundle("se.tertial.cli.messages");

  @Test
  void oneAppendixIsBilagaAndMoreAreBilagor() {
    assertThat(RENDER.get("render.writtenMany", 1, "ut", "PDF"))
        .isEqualTo("Skrev 1 bilaga i ut (PDF).");
    assertThat(RENDER.get("render.writtenMany", 3, "ut", "PDF"))
        .isEqualTo("Skrev 3 bilagor i ut (PDF).");
  }

  @Test
  void onePeriodIsPeriodAndMoreArePerioder() {
    assertThat(RENDER.get("render.errorsMany", 2, 1)).endsWith("(för 1 period).");
    assertThat(RENDER.get("render.errorsMany", 2, 3)).endsWith("(för 3 perioder).");
  }

  @Test
  void oneUnitIsEnhetAndNoneOrMoreAreEnheter() {
    assertThat(CLI.get("overview.written", "o.pdf", 1, 0))
        .isEqualTo("Skrev o.pdf (1 enhet; 0 kunde inte tas med)");
    assertThat(CLI.get("overview.written", "o.pdf", 0, 2)).contains("(0 enheter;");
    assertThat(CLI.get("overview.written", "o.pdf", 25, 0)).contains("(25 enheter;");
  }
}

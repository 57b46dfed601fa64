package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.read.Fixture.Format;
import se.tertial.testing.ReadInput;

/**
 * A first report has one value per share measure, so a fraction typed for a percentage (0,78 for 78
 * %) has no other outcome to stand out against; the target ("Minst 80 %") gives it away.
 */
class ShareTargetTest {
  @TempDir Path dir;

  private ReadResult read(String outcomes) throws IOException {
    Fixture fixture = new Fixture().with("utfall", outcomes);
    return ReadInput.read(fixture.write(Format.CSV, dir));
  }

  @Test
  void aLoneFractionAgainstAPercentTargetIsWarnedAbout() throws IOException {
    ReadResult result =
        read(
            """
            ID;Period;Kvinnor;Män;Totalt
            M01;2022-T1;;;0,78
            M02;2022-T1;;;-17,7
            """);

    assertThat(result.findings())
        .extracting(f -> f.code() + " " + f.message())
        .containsExactly(
            "share.target \"0,78\" ser ut som en andel i decimalform medan målet för M01 är i"
                + " procent (70%); skriv 78 för 78 %");
  }

  @Test
  void aShareInPercentUnitsIsNot() throws IOException {
    ReadResult result =
        read(
            """
            ID;Period;Kvinnor;Män;Totalt
            M01;2022-T1;;;78
            M02;2022-T1;;;-17,7
            """);

    assertThat(result.findings()).isEmpty();
  }
}

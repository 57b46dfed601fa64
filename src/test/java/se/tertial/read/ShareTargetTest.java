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

  @Test
  void aDeviationOrChangeInPercentGetsNoShareWarning() throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "styrmatt",
                """
                ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod
                M01;Ekonomi;God ekonomi;Prognosavvikelse;Högst 0,5 procent avvikelse;;%;DÅ04,08,ÅR
                M02;Ekonomi;God ekonomi;Nettokostnad;Minska med 2 % jämfört med 2021;;%;DÅ04,08,ÅR
                M03;Medborgare;God vård;Andel nöjda;Minst 80 %;;%;DÅ04,08,ÅR
                """)
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt
                M01;2022-T1;;;0,8
                M02;2022-T1;;;-0,3
                M03;2022-T1;;;-0,3
                """);
    ReadResult result = ReadInput.read(fixture.write(Format.CSV, dir));

    // A real 0,8 % forecast deviation and a −0,3 % change are right as written; a share is not.
    assertThat(result.findings())
        .extracting(f -> f.code() + " " + f.where().row())
        .containsExactly("share.negative 4");
  }
}

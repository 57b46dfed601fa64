package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tertial.journey.NamndWorkbook.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A past period regenerated from a later workbook: the sample's 2022 introduction ("I denna bilaga
 * till divisionens delårsrapport per april 2022 …") printed in the 2021-T1 document is warned about
 * by check and by render alike, naming the cell and the period the text was written for.
 */
class PastPeriodLaterTextTest {
  private static final String SAMPLE = "sample-data/lansjukvard2/lansjukvard2.xlsx";
  private static final String WARNING =
      "varning: lansjukvard2.xlsx, blad Texter, rad 2, kolumn Text: texten Inledning nämner"
          + " \"per april 2022\" (2022-T1) men dokumentet gäller 2021-T1";

  @TempDir Path dir;

  @Test
  void aLaterYearsTextInAPastPeriodIsWarnedAboutByCheckAndRender() {
    NamndWorkbook.Run check = run("check", "--strict", SAMPLE, "--period", "2021-T1");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.findings()).anyMatch(l -> l.startsWith(WARNING));

    Path pdf = dir.resolve("bilaga-2021-T1.pdf");
    NamndWorkbook.Run render = run("render", SAMPLE, "--period", "2021-T1", "-o", pdf.toString());
    assertThat(render.exit()).isZero();
    assertThat(render.findings()).anyMatch(l -> l.startsWith(WARNING));
    assertThat(check.findings()).containsAll(render.findings());
  }

  @Test
  void theWorkbooksOwnPeriodGetsNoSuchWarning() {
    NamndWorkbook.Run check = run("check", SAMPLE, "--period", "2022-T1");
    assertThat(check.findings()).noneMatch(l -> l.contains("nämner \"per april"));
  }
}

package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.tertial.model.Judgement;
import se.tertial.model.Period;
import se.tertial.read.Fixture.Format;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.ReportEvaluator;
import se.tertial.rules.Trend;
import se.tertial.testing.ReadInput;

/**
 * The gap between women and men and the budget phrases, read from a real workbook (xlsx written by
 * POI, and the CSV folder) and judged end to end: |K − M| against last year's gap or the stated
 * level, a deviation limit as −v..v, a cost against the budget in Jämförelse, and the gap not
 * assessed without K and M.
 */
class GapTargetWorkbookTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Format.class)
  void gapAndBudgetTargetsAreJudgedAsThePlanMeansThem(Format format) throws IOException {
    Fixture fixture =
        new Fixture()
            .with(
                "styrmatt",
                """
                ID;Perspektiv;Strategiskt mål;Styrmått;Mål;Riktning;Enhet;Uppföljningsperiod;Jämförelse
                M01;Medarbetare;Jämställdhet;Sjukfrånvaro;Skillnaden i sjukfrånvaro mellan kvinnor och män ska minska;Lägre är bättre;%;DÅ04,08,ÅR;
                M02;Medborgare;Jämlik vård;Andel nöjda;Skillnaden ska vara högst 2 procentenheter;Högre är bättre;%;DÅ04,08,ÅR;
                M03;Medborgare;Jämlik vård;Andel med vårdplan;Minskade skillnader mellan könen;Högre är bättre;%;DÅ04,08,ÅR;
                M04;Ekonomi;God ekonomi;Budgetavvikelse;Avvikelsen mot budget får inte överstiga 2 mnkr;;mnkr;DÅ04,08,ÅR;
                M05;Ekonomi;God ekonomi;Nettokostnad;Nettokostnaderna får inte överstiga budget;;mnkr;DÅ04,08,ÅR;120
                """)
            .with(
                "utfall",
                """
                ID;Period;Kvinnor;Män;Totalt
                M01;2021-T1;8,0;5,0;
                M01;2022-T1;7,0;5,5;
                M02;2022-T1;81,0;84,5;
                M03;2021-T1;;;60
                M03;2022-T1;;;62
                M04;2022-T1;;;-2,6
                M05;2022-T1;;;118
                """);
    ReadResult read = ReadInput.read(fixture.write(format, dir));
    assertThat(read.report()).as("%s", read.findings()).isPresent();

    Map<String, MeasureJudgement> judged =
        new ReportEvaluator(EvaluationOptions.defaults())
            .evaluate(read.report().get(), Period.tertial(2022, 1)).measures().stream()
                .collect(Collectors.toMap(j -> j.measure().id(), j -> j));

    // 3 → 1,5 procentenheter: narrower, met and improved, though women's absence is high.
    assertThat(judged.get("M01").judgement()).isEqualTo(Judgement.MET);
    assertThat(judged.get("M01").trend()).isEqualTo(Trend.IMPROVED);
    assertThat(judged.get("M01").explanation())
        .startsWith("Skillnaden mellan kvinnor och män är 1,5\u00a0procentenheter");
    // |81 − 84,5| = 3,5 > 2 (beyond the band): not met, whichever sex is ahead.
    assertThat(judged.get("M02").judgement()).isEqualTo(Judgement.NOT_MET);
    // Only totals: no gap to judge, and the reason says so.
    assertThat(judged.get("M03").judgement()).isEqualTo(Judgement.NOT_ASSESSED);
    assertThat(judged.get("M03").explanation()).contains("saknar värden för kvinnor och män");
    // A deviation of −2,6 mnkr is outside −2..2.
    assertThat(judged.get("M04").judgement()).isEqualTo(Judgement.NOT_MET);
    // 118 mnkr spent against a budget of 120: within it.
    assertThat(judged.get("M05").judgement()).isEqualTo(Judgement.MET);
  }
}

package se.tertial.kind.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.kind.appendix.AppendixMeasureParts.MeasureRow;
import se.tertial.kind.appendix.AppendixMeasureParts.PerspectiveView;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.Fixtures;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;
import se.tertial.view.Symbol;
import se.tertial.view.TocEntry;

class AppendixViewModelBuilderTest {

  private final AppendixViewModel model =
      new AppendixViewModelBuilder().build(Fixtures.evaluation(), "");

  private MeasureRow row(String id) {
    return model.perspectives().stream()
        .flatMap(p -> p.measures().stream())
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void formatsOutcomesSwedishStyle() {
    assertThat(row("M01").outcomeText()).isEqualTo("K: 41\u00a0%  M: 41\u00a0%");
    assertThat(row("M06").outcomeText()).isEqualTo("8,4\u00a0%");
    assertThat(row("M13").outcomeText()).isEqualTo("\u221217,7\u00a0mnkr");
    assertThat(row("M14").outcomeText()).isEqualTo("Data saknas");
    assertThat(row("M03").outcomeText()).isEqualTo("K: 29  M: 4");
  }

  /** The sample judged by the engine (the fixture's judgements are written by hand). */
  private static MeasureRow judgedSampleRow(String id) {
    Report sample =
        ReadInput.read(Path.of("sample-data", "lansjukvard2", "csv")).report().orElseThrow();
    Period t1 = Period.parse("2022-T1");
    ReportEvaluation evaluation =
        new ReportEvaluator(EvaluationOptions.defaults()).evaluate(sample, t1);
    return new AppendixViewModelBuilder()
        .build(evaluation, "").perspectives().stream()
            .flatMap(p -> p.measures().stream())
            .filter(m -> m.id().equals(id))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void showsTheValueTheTrendComparedWithBeforeTheCurrentOne() {
    var blocks = judgedSampleRow("M03").outcomes();
    assertThat(blocks).extracting(b -> b.period()).containsExactly("T1 2021", "T1 2022");
    assertThat(blocks.get(0).lines()).containsExactly("K: 12", "M: 7");
  }

  @Test
  void saysTheComparisonValueIsMissingRatherThanShowAnotherPeriods() {
    // M05 has ÅR 2021 (23 %) but no T1 2021: the trend of T1 2022 has nothing to compare with.
    MeasureRow m05 = judgedSampleRow("M05");
    assertThat(m05.outcomes().get(0).lines()).containsExactly("Jämförelsevärde saknas för T1 2021");
    assertThat(m05.outcomes().get(0).period()).isEmpty();
    assertThat(m05.outcomes()).extracting(b -> b.text()).noneMatch(t -> t.contains("23"));
    assertThat(m05.trends()).extracting(l -> l.symbol().label()).containsExactly("Okänd", "Okänd");
  }

  @Test
  void judgesPerSexWhereJudgedPerSex() {
    assertThat(row("M01").judgements())
        .extracting(l -> l.prefix() + " " + l.symbol().label())
        .containsExactly("K Ej uppfyllt", "M Delvis uppfyllt");
    assertThat(row("M06").judgements())
        .extracting(l -> l.symbol().glyph())
        .containsExactly("\u25A0");
    assertThat(row("M06").trends())
        .extracting(l -> l.symbol().label())
        .containsExactly("Försämrad");
  }

  @Test
  void symbolsHaveShapeColourAndText() {
    assertThat(Symbol.of(se.tertial.model.Judgement.MET))
        .isEqualTo(new Symbol("met", "\u25CF", "judgement-met", "Uppfyllt"));
    assertThat(model.legend().judgements()).hasSize(4);
    assertThat(model.legend().trends())
        .extracting(Symbol::glyph)
        .contains("\u2191", "\u2192", "\u2193");
    assertThat(model.legend().statuses()).hasSize(5);
  }

  @Test
  void groupsPerspectivesInTheScorecardOrder() {
    assertThat(model.perspectives())
        .extracting(PerspectiveView::name)
        .containsExactly("Medborgare", "Verksamhet", "Ekonomi");
    assertThat(model.perspectives().get(0).strategicGoals())
        .containsExactly("Strategiskt mål för Medborgare");
    assertThat(model.perspectives().get(2).after().html())
        .contains("Kommentarer till övriga mått.");
  }

  @Test
  void groupsActionsByPerspectiveWithStatuses() {
    assertThat(model.actionGroups())
        .extracting(g -> g.perspective())
        .containsExactly("Medborgare", "Verksamhet", "Ekonomi");
    var first = model.actionGroups().get(0).actions().get(0);
    assertThat(first.status().label()).isEqualTo("Pågår enligt plan");
    assertThat(first.details())
        .extracting(d -> d.label())
        .containsExactly(
            "Beskrivning av genomförande 2022", "Ansvarig", "Tidplan 2022", "Förväntad effekt");
    var missing = model.actionGroups().get(2).actions().get(0);
    assertThat(missing.status().label()).isEqualTo("Status saknas");
  }

  @Test
  void printsNoMarkerOrPlaceholderForABareFootnoteNumber() {
    // "4" without text (check warns about it): nothing a reader could follow is printed.
    assertThat(row("M01").footnote().present()).isFalse();
    assertThat(model.perspectives().get(0).footnotes()).isEmpty();
  }

  @Test
  void summaryCountsPerPerspectiveAndAltTextStatesThem() {
    var summary = model.summary();
    assertThat(summary.rows())
        .extracting(r -> r.perspective() + ":" + String.join(",", r.counts()))
        .containsExactly("Medborgare:0,0,2,0", "Verksamhet:0,0,1,0", "Ekonomi:0,0,1,1");
    assertThat(summary.total().total()).isEqualTo("5");
    assertThat(summary.chartAlt())
        .contains("Ekonomi: 0 uppfyllt, 0 delvis uppfyllt, 1 ej uppfyllt, 1 ej bedömd");
  }

  @Test
  void tableOfContentsFollowsTheDocument() {
    assertThat(model.toc())
        .extracting(TocEntry::title)
        .containsExactly(
            "Inledning",
            "Produktion, tillgänglighet mm",
            "Sammanfattande bild av måluppfyllelse",
            "Måluppfyllelse i perspektiv",
            "Uppföljning av divisionens strategiska åtgärder",
            "Teckenförklaring");
    assertThat(model.toc().get(3).children())
        .extracting(TocEntry::title)
        .containsExactly("Medborgare", "Verksamhet", "Ekonomi");
    assertThat(model.meta().publicationDate()).isEqualTo("2022-05-31");
  }

  @Test
  void sameInputGivesEqualModel() {
    assertThat(new AppendixViewModelBuilder().build(Fixtures.evaluation(), "")).isEqualTo(model);
    assertThat(List.of(model.meta().title()))
        .containsExactly("Bilaga till delårsrapport per april 2022");
  }
}

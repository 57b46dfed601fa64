package se.tertial.kind.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tertial.kind.appendix.AppendixSummaryParts.ChartBar;
import se.tertial.kind.appendix.AppendixSummaryParts.ChartSegment;
import se.tertial.kind.appendix.AppendixSummaryParts.Summary;
import se.tertial.model.Judgement;

/**
 * The summary chart's bars (Sammanfattande bild av måluppfyllelse): segment widths in CSS px, as
 * the template draws them with no further arithmetic.
 */
class SummaryChartTest {

  private static final int W = SummaryBuilder.CHART_WIDTH;

  private static int sum(List<ChartSegment> segments) {
    return segments.stream().mapToInt(ChartSegment::width).sum();
  }

  @Test
  void theLongestBarFillsTheTrackExactlyEvenWhenNoSegmentIsAWholeNumberOfPixels() {
    // 300 / 7 = 42.86 px a measure: rounding each width down alone lost 3 px (297 of 300).
    List<ChartSegment> segments = SummaryBuilder.segments(new int[] {1, 2, 2, 2}, 7, W);

    assertThat(segments)
        .containsExactly(
            new ChartSegment(0, 42, "judgement-met"),
            new ChartSegment(42, 86, "judgement-partly"),
            new ChartSegment(128, 86, "judgement-not-met"),
            new ChartSegment(214, 86, "judgement-none"));
    assertThat(sum(segments)).isEqualTo(W);
  }

  @Test
  void aShorterBarIsItsShareOfTheTrackRoundedDownAndZeroCountsHaveNoSegment() {
    List<ChartSegment> segments = SummaryBuilder.segments(new int[] {0, 1, 2, 0}, 7, W);

    assertThat(segments)
        .containsExactly(
            new ChartSegment(0, 42, "judgement-partly"),
            new ChartSegment(42, 86, "judgement-not-met"));
    assertThat(sum(segments)).isEqualTo(3 * W / 7); // 128.6 → 128
  }

  @Test
  void everyCombinationOfCountsGivesContiguousPositiveSegmentsSummingToTheBarsShare() {
    int[] n = new int[4];
    for (int i = 0; i < 5 * 5 * 5 * 5; i++) {
      int rest = i;
      int total = 0;
      for (int j = 0; j < 4; j++) {
        n[j] = rest % 5;
        rest /= 5;
        total += n[j];
      }
      for (int max : new int[] {Math.max(1, total), total + 1, 16, 301}) {
        if (max < total) {
          continue;
        }
        List<ChartSegment> segments = SummaryBuilder.segments(n, max, W);
        int x = 0;
        for (ChartSegment s : segments) {
          assertThat(s.x()).as("%s of %d", List.of(n), max).isEqualTo(x);
          assertThat(s.width()).isPositive();
          x += s.width();
        }
        assertThat(x)
            .as("counts %s, max %d", java.util.Arrays.toString(n), max)
            .isEqualTo(total * W / max);
        assertThat(segments.size())
            .isLessThanOrEqualTo((int) java.util.Arrays.stream(n).filter(c -> c > 0).count());
      }
    }
  }

  @Test
  void aCountTooSmallForAWholePixelGetsNoSegmentButStaysInTheCountsAndTheirWords() {
    Map<String, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
    counts.put("Stor", Map.of(Judgement.MET, 1, Judgement.NOT_MET, 400));
    Summary summary = SummaryBuilder.build(counts);

    ChartBar bar = summary.bars().get(0);
    assertThat(bar.segments()).containsExactly(new ChartSegment(0, 300, "judgement-not-met"));
    assertThat(bar.counts()).extracting(c -> c.count()).containsExactly("1", "0", "400", "0");
    assertThat(bar.description())
        .isEqualTo("1 uppfyllt, 0 delvis uppfyllt, 400 ej uppfyllt, 0 ej bedömd");
    assertThat(bar.alt()).isEqualTo("Stor: " + bar.description());
  }

  @Test
  void barsShareOneScaleTheLargestPerspectiveTotal() {
    Map<String, Map<Judgement, Integer>> counts = new LinkedHashMap<>();
    counts.put("Medborgare", Map.of(Judgement.PARTLY_MET, 1, Judgement.NOT_MET, 2));
    counts.put("Verksamhet", Map.of(Judgement.MET, 6));
    counts.put("Ekonomi", Map.of());
    Summary summary = SummaryBuilder.build(counts);

    assertThat(summary.chartWidth()).isEqualTo(W);
    assertThat(summary.bars())
        .extracting(b -> b.perspective() + ":" + sum(b.segments()))
        .containsExactly("Medborgare:150", "Verksamhet:300", "Ekonomi:0");
    assertThat(summary.bars().get(2).description())
        .isEqualTo("0 uppfyllt, 0 delvis uppfyllt, 0 ej uppfyllt, 0 ej bedömd");
  }
}

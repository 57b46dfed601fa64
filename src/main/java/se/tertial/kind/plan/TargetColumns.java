package se.tertial.kind.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.tertial.model.Measure;
import se.tertial.view.DisplayFormat;
import se.tertial.view.StructuredTarget;

/**
 * The target columns of the plan's measure tables: {@code Mål}, or one per year target ({@code Mål
 * 2023}, {@code Mål 2025}), then {@code Målvärde} and {@code Målår} when any measure has one, so
 * the numbers the appendix prints beside Mål are in the plan too.
 *
 * @param years the years of the year targets, ascending (none: one {@code Mål} column)
 * @param value whether a Målvärde column is shown
 * @param year whether a Målår column is shown
 */
record TargetColumns(List<Integer> years, boolean value, boolean year) {

  TargetColumns {
    years = List.copyOf(years);
  }

  /** The columns {@code measures} need, with {@code years} their year targets' years, sorted. */
  static TargetColumns of(List<Measure> measures, Set<Integer> years) {
    return new TargetColumns(
        List.copyOf(years),
        measures.stream().anyMatch(m -> m.targetValue() != null),
        measures.stream().anyMatch(m -> m.targetYear() != null));
  }

  /** The columns' headings. */
  List<String> headings() {
    List<String> headings = new ArrayList<>();
    if (years.isEmpty()) {
      headings.add("Mål");
    }
    years.forEach(y -> headings.add("Mål " + y));
    if (value) {
      headings.add("Målvärde");
    }
    if (year) {
      headings.add("Målår");
    }
    return headings;
  }

  /** One measure's cells, one per heading. */
  List<String> cells(Measure measure) {
    List<String> cells = new ArrayList<>();
    if (years.isEmpty()) {
      cells.add(DisplayFormat.percentKeptWithNumber(measure.target()));
    }
    years.forEach(
        y ->
            cells.add(
                DisplayFormat.percentKeptWithNumber(measure.yearTargets().getOrDefault(y, ""))));
    if (value) {
      cells.add(StructuredTarget.value(measure));
    }
    if (year) {
      cells.add(StructuredTarget.year(measure));
    }
    return cells;
  }
}

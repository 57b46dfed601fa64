package se.tertial.kind.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.tertial.model.Measure;
import se.tertial.view.DisplayFormat;
import se.tertial.view.StructuredTarget;

/**
 * The target columns of the plan's measure tables: {@code Mål}, one per year target ({@code Mål
 * 2023}, {@code Mål 2025}), then {@code Målvärde} and {@code Målår} when any measure has one, so
 * the numbers the appendix prints beside Mål are in the plan too. {@code Mål} is shown when there
 * are no year targets or a measure has none (its Mål is then its only target); else the year
 * targets stand for it, as in a published plan, and {@link PlainTargetCheck} names every plain Mål
 * that says something its year targets do not.
 *
 * @param plain whether the plain {@code Mål} column is shown
 * @param years the years of the year targets, ascending
 * @param value whether a Målvärde column is shown
 * @param year whether a Målår column is shown
 */
record TargetColumns(boolean plain, List<Integer> years, boolean value, boolean year) {

  TargetColumns {
    years = List.copyOf(years);
  }

  /** The columns {@code measures} need, with {@code years} their year targets' years, sorted. */
  static TargetColumns of(List<Measure> measures, Set<Integer> years) {
    return new TargetColumns(
        years.isEmpty() || plainShown(measures),
        List.copyOf(years),
        measures.stream().anyMatch(m -> m.targetValue() != null),
        measures.stream().anyMatch(m -> m.targetYear() != null));
  }

  /**
   * Whether the plain Mål column is shown beside year targets: when a measure has a Mål and no year
   * target, so its only target is printed.
   */
  static boolean plainShown(List<Measure> measures) {
    return measures.stream().anyMatch(m -> m.yearTargets().isEmpty() && !m.target().isBlank());
  }

  /** Whether {@code measure}'s plain Mål says something none of its year targets says. */
  static boolean plainSaysMore(Measure measure) {
    String plain = measure.target().strip();
    return !plain.isEmpty()
        && measure.yearTargets().values().stream().noneMatch(y -> y.strip().equals(plain));
  }

  /** The columns' headings. */
  List<String> headings() {
    List<String> headings = new ArrayList<>();
    if (plain) {
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
    if (plain) {
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

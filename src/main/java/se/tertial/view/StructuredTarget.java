package se.tertial.view;

import java.util.ArrayList;
import java.util.List;
import se.tertial.model.Measure;
import se.tertial.model.Messages;
import se.tertial.model.TargetValue;

/**
 * A styrmått's Målvärde (the number it may be judged against) and Målår (the year the target
 * applies to) as every kind prints them, so the number a judgement may have been decided with is
 * never hidden from the reader and reads the same in an appendix and a plan.
 */
public final class StructuredTarget {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.view.messages");

  private StructuredTarget() {}

  /** The Målvärde as printed ("85 %", "K: 16,0, M: 17,2"), or empty when there is none. */
  public static String value(Measure measure) {
    TargetValue value = measure.targetValue();
    if (value == null) {
      return "";
    }
    String unit = value.unit().isEmpty() && measure.isPercent() ? "%" : value.unit();
    return value.perSex()
        ? TEXT.get(
            "target.valuePerSex",
            DisplayFormat.number(value.women(), unit),
            DisplayFormat.number(value.men(), unit))
        : DisplayFormat.number(value.value(), unit);
  }

  /** The Målår ("2026"), or empty when there is none. */
  public static String year(Measure measure) {
    return measure.targetYear() == null ? "" : String.valueOf(measure.targetYear());
  }

  /**
   * The Mål text as written with the Målvärde and Målår beside it when given ("Öka (Målvärde 85 %,
   * Målår 2026)"): the delårsbilaga's Mål cell.
   */
  public static String besideText(Measure measure) {
    List<String> parts = new ArrayList<>();
    if (measure.targetValue() != null) {
      parts.add(TEXT.get("target.value", value(measure)));
    }
    if (measure.targetYear() != null) {
      parts.add(TEXT.get("target.year", year(measure)));
    }
    String target = DisplayFormat.percentKeptWithNumber(measure.target());
    if (parts.isEmpty()) {
      return target;
    }
    String structured = String.join(", ", parts);
    return target.isBlank() ? structured : TEXT.get("target.withStructured", target, structured);
  }
}

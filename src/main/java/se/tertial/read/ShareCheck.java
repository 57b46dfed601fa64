package se.tertial.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tertial.model.Measure;
import se.tertial.model.SourceRef;

/**
 * Warns about share outcomes (measures with Enhet {@code %}) that are probably typed wrong. Both
 * are warnings, not errors, because the value may be right and the analyst must decide:
 *
 * <ul>
 *   <li>a fraction (0 &lt; value &lt; 1, e.g. {@code 0,41}) among values over 1 for the same
 *       measure (e.g. {@code 41}): almost always 41 % typed as a decimal fraction, but 0,5 % can be
 *       a real share;
 *   <li>a negative share: impossible for a proportion, but Enhet {@code %} is also used for percent
 *       changes ("Minska med 50 % jmf 2020"), which can be negative.
 * </ul>
 */
final class ShareCheck {
  private record Value(String text, BigDecimal value, SourceRef where) {}

  private final Map<String, List<Value>> byMeasure = new LinkedHashMap<>();

  /** Notes one outcome value; ignored unless the measure is a share and the value is present. */
  void add(Measure measure, BigDecimal value, String text, SourceRef where) {
    if (measure != null && value != null && measure.isPercent()) {
      byMeasure
          .computeIfAbsent(measure.id(), id -> new ArrayList<>())
          .add(new Value(text, value, where));
    }
  }

  void report(Findings findings) {
    for (var entry : byMeasure.entrySet()) {
      List<Value> values = entry.getValue();
      Value percent =
          values.stream()
              .filter(v -> v.value().compareTo(BigDecimal.ONE) > 0)
              .findFirst()
              .orElse(null);
      for (Value v : values) {
        if (v.value().signum() < 0) {
          findings.warning("share.negative", v.where(), v.text());
        } else if (percent != null
            && v.value().signum() > 0
            && v.value().compareTo(BigDecimal.ONE) < 0) {
          String suggested =
              v.value().movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
          findings.warning(
              "share.mixed", v.where(), v.text(), entry.getKey(), percent.text(), suggested);
        }
      }
    }
  }
}

package se.tertial.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.Measure;
import se.tertial.model.SourceRef;

/**
 * Warns about share outcomes (measures with Enhet {@code %} whose target and name are not a change
 * or a deviation) that are probably typed wrong. Both are warnings, not errors, because the value
 * may be right and the analyst must decide:
 *
 * <ul>
 *   <li>a fraction (0 &lt; value &lt; 1, e.g. {@code 0,41}) among values over 1 for the same
 *       measure (e.g. {@code 41}), or against a target naming a percentage over 1 ({@code Minst 80
 *       %}, so a first report with one value is checked too): almost always 41 % typed as a decimal
 *       fraction, but 0,5 % can be a real share;
 *   <li>a negative share: impossible for a proportion, but Enhet {@code %} is also used for percent
 *       changes ("Minska med 50 % jmf 2020"), which can be negative.
 * </ul>
 */
final class ShareCheck {
  private record Value(String text, BigDecimal value, SourceRef where) {}

  private final Map<String, List<Value>> byMeasure = new LinkedHashMap<>();

  /** Each share measure's target when it names a percentage over 1 ("Minst 80 %"). */
  private final Map<String, String> percentTargets = new LinkedHashMap<>();

  private static final Pattern PERCENT_IN_TARGET = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");

  /**
   * A target or name that makes the percent a change or a deviation, not a share: "Minska med 5 %",
   * "Högst 0,5 procent avvikelse", "Prognosavvikelse", "jämfört med 2019". Such outcomes can be
   * negative or below 1 % and be right. Words only: {@code read} does not parse targets.
   */
  private static final Pattern CHANGE_OR_DEVIATION =
      Pattern.compile(
          "(?iu)avvikelse|förändring|forandring|utveckling|ökning|okning|minskning|\\b(öka|oka"
              + "|minska|höja|hoja|sänka|sanka)\\w*\\s+med\\b|jämfört|jamfort|\\bjmf|\\bjfr"
              + "|procentenhet|\\bp\\.?e\\.|prognos|budget|resultat|±");

  /** Whether the measure's outcome is a share (Enhet %, and neither a change nor a deviation). */
  private static boolean isShare(Measure measure) {
    return measure.isPercent()
        && !CHANGE_OR_DEVIATION.matcher(measure.target()).find()
        && !CHANGE_OR_DEVIATION.matcher(measure.name()).find();
  }

  /** Notes one outcome value; ignored unless the measure is a share and the value is present. */
  void add(Measure measure, BigDecimal value, String text, SourceRef where) {
    if (measure != null && value != null && isShare(measure)) {
      // A first report has no other outcome to compare with, but its target says "80 %".
      Matcher target = PERCENT_IN_TARGET.matcher(measure.target());
      if (target.find()
          && new BigDecimal(target.group(1).replace(',', '.')).compareTo(BigDecimal.ONE) > 0) {
        percentTargets.putIfAbsent(measure.id(), target.group().strip());
      }
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
      String percentText = percent != null ? percent.text() : percentTargets.get(entry.getKey());
      for (Value v : values) {
        if (v.value().signum() < 0) {
          findings.warning("share.negative", v.where(), v.text());
        } else if (percentText != null
            && v.value().signum() > 0
            && v.value().compareTo(BigDecimal.ONE) < 0) {
          String suggested =
              v.value().movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
          findings.warning(
              percent != null ? "share.mixed" : "share.target",
              v.where(),
              v.text(),
              entry.getKey(),
              percentText,
              suggested);
        }
      }
    }
  }
}

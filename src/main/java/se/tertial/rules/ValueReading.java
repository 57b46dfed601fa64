package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tertial.model.Finding;
import se.tertial.model.Measure;
import se.tertial.model.Polarity;
import se.tertial.model.SourceRef;
import se.tertial.model.TargetValue;

/**
 * The rule a measure is judged with when Målvärde (and Målår) stand beside its Mål text, as {@code
 * tertial rule --malvarde} shows it: the same choice {@link MeasureEvaluator} makes (the text when
 * it can be read, Målvärde with Riktning when it cannot), with the note the reason then carries and
 * the warnings {@code check} would give (text and Målvärde disagree, Målår unused …).
 *
 * @param rule the rule judged with
 * @param fromValue whether Målvärde decided (the text could not be read, or gave only a direction)
 * @param note the note the reason carries when Målvärde decided, or empty
 * @param warnings the warnings about the Mål, Målvärde, Målår and Riktning cells, in Swedish
 */
public record ValueReading(TargetRule rule, boolean fromValue, String note, List<String> warnings) {

  public ValueReading {
    Objects.requireNonNull(rule, "rule");
    note = Objects.requireNonNullElse(note, "");
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads a target as a measure with these cells would be judged.
   *
   * @param text the Mål text
   * @param riktning the Riktning column
   * @param unit the Enhet column, or empty
   * @param value the Målvärde cell, or null
   * @param year the Målår cell, or null
   */
  public static ValueReading read(
      String text, Polarity riktning, String unit, TargetValue value, Integer year) {
    String written = Objects.requireNonNullElse(text, "");
    Measure measure =
        new Measure(
            RuleMessages.get("value.cliMeasure"),
            "",
            "",
            "",
            "",
            written,
            riktning,
            unit,
            "",
            "",
            "",
            "",
            "",
            Map.of(),
            value,
            year,
            SourceRef.file(""));
    TargetRule parsed = TargetRuleParser.read(written, riktning, unit).rule();
    List<String> warnings = new ArrayList<>();
    StructuredTarget.Reading reading =
        StructuredTarget.read(
            measure,
            new YearTargets.Choice(written, ""),
            parsed,
            SourceRef.file(""),
            (Finding f) -> warnings.add(f.message()));
    return new ValueReading(reading.rule(), reading.fromValue(), reading.choice().note(), warnings);
  }

  /** The canonical Swedish reading of the rule judged with, or the refusal's reason. */
  public String paraphrase() {
    return RuleParaphrase.of(rule);
  }
}

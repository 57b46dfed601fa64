package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import se.tertial.model.Sex;

/**
 * Jämförelsevärde: the reference value a judgement against a reference ("I nivå med riket", "Bättre
 * än riket") was decided with, so every output can print the number beside the judgement.
 *
 * @param name the reference as the rule names it ("riket", "andra regioner")
 * @param written the {@code Jämförelse} column exactly as written when the value came from it
 *     ("Riket 78 %"); empty when it came from an {@code ID:ref} outcome row
 * @param values the value per breakdown the judging used (WOMEN and MEN, or TOTAL); empty when no
 *     value was found (the measure is then not assessed)
 */
public record ReferenceValue(String name, String written, Map<Sex, BigDecimal> values) {
  public ReferenceValue {
    Objects.requireNonNull(name, "name");
    written = Objects.requireNonNullElse(written, "");
    values = Map.copyOf(values);
  }

  /** Whether a value was found. */
  public boolean found() {
    return !values.isEmpty();
  }
}

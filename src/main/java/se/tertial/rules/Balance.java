package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "Budget i balans", "Positivt resultat", "Nollresultat", "Inte överskrida tilldelad ram": a zero
 * target on a result or budget deviation where a positive value is a surplus (better). No relative
 * band; the absolute tolerance (Rapport) applies when given.
 *
 * @param text as written
 * @param bound AT_LEAST (balans, nollresultat, inom ram) or ABOVE (positivt resultat, överskott)
 * @param budget true when the outcome is a deviation from a budget or ram, false for a result
 */
public record Balance(String text, Bound bound, boolean budget) implements TargetRule {
  public Balance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bound, "bound");
  }

  @Override
  public String type() {
    return "balance";
  }

  @Override
  public Polarity impliedPolarity() {
    return Polarity.HIGHER_IS_BETTER;
  }
}

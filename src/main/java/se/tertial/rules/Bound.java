package se.tertial.rules;

import java.util.Locale;
import se.tertial.model.Polarity;

/** How an outcome must relate to a threshold value. */
public enum Bound {
  /** Minst, ≥, or a plain number with "Högre är bättre": reaching the value is enough. */
  AT_LEAST,
  /** Över, &gt;: the outcome must exceed the value. */
  ABOVE,
  /** Högst, ≤, or a plain number with "Lägre är bättre": staying at the value is enough. */
  AT_MOST,
  /** Under, &lt;: the outcome must stay below the value. */
  BELOW;

  /** The stable code used in JSON: {@code at_least}, {@code above}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a higher outcome is better under this bound. */
  public Polarity polarity() {
    return this == AT_LEAST || this == ABOVE ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
  }

  /** Whether equality with the value counts as reached. */
  public boolean inclusive() {
    return this == AT_LEAST || this == AT_MOST;
  }

  /** The strict bound of the same direction: minst → över, högst → under. */
  public Bound strict() {
    return polarity() == Polarity.HIGHER_IS_BETTER ? ABOVE : BELOW;
  }

  /** The bound a plain number gets from {@code Riktning}, or null when unspecified. */
  public static Bound fromPolarity(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> AT_LEAST;
      case LOWER_IS_BETTER -> AT_MOST;
      case UNSPECIFIED -> null;
    };
  }
}

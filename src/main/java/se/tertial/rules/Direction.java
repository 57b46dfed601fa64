package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "Öka", "Minska", "Förbättrat värde", "Behålla", "Fler än 2019", "Oförändrat eller bättre": the
 * outcome must move the better way (strictly) against the base, or for Behålla not get worse.
 *
 * @param text as written
 * @param better the better direction; UNSPECIFIED only for Behålla without Riktning
 * @param keep true for Behålla/Bibehålla/"försämras ej": unchanged is enough
 * @param base what is compared with; the same period last year unless written
 * @param due a deadline written with the target ("Öka till 2025"), or null; shown, not judged
 */
public record Direction(String text, Polarity better, boolean keep, Base base, Due due)
    implements TargetRule {
  public Direction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(better, "better");
    base = Objects.requireNonNullElse(base, Base.sameLastYear());
  }

  /** Against a base year, or the same period last year when {@code baseYear} is null. */
  public Direction(String text, Polarity better, boolean keep, Integer baseYear) {
    this(text, better, keep, Base.ofYear(baseYear), null);
  }

  /** The base year when the base is a year or an exact period, else null. */
  public Integer baseYear() {
    return base.year();
  }

  @Override
  public String type() {
    return "direction";
  }

  @Override
  public Polarity impliedPolarity() {
    return better;
  }
}

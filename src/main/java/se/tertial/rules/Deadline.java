package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "100 % i dec", "90 % senast 2022-12-31", "Minst 80 % vid årets slut": a threshold that applies
 * from a month on; before it, progress counts as partly met.
 *
 * @param text as written
 * @param threshold the value to reach by the deadline
 * @param year the deadline's year, or null for the report's year
 * @param month the deadline's month, 1–12
 */
public record Deadline(String text, Threshold threshold, Integer year, int month)
    implements TargetRule {
  public Deadline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(threshold, "threshold");
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
  }

  /** The deadline as a {@link Due}. */
  public Due due() {
    return new Due(year, month);
  }

  @Override
  public String type() {
    return "deadline";
  }

  @Override
  public Polarity impliedPolarity() {
    return threshold.impliedPolarity();
  }
}

package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "K 16,0 M 17,2", "K: 16 / M: 17,2": one threshold for women and one for men.
 *
 * @param text as written
 * @param women the target for kvinnor
 * @param men the target for män
 * @param due a deadline written after both ("K 80 % M 75 % senast 2025"), or null
 */
public record PerSex(String text, Threshold women, Threshold men, Due due) implements TargetRule {
  public PerSex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(women, "women");
    Objects.requireNonNull(men, "men");
  }

  /** Per sex without a deadline. */
  public PerSex(String text, Threshold women, Threshold men) {
    this(text, women, men, null);
  }

  /** The women's or men's target as a deadline when one is written, else as a threshold. */
  public TargetRule side(boolean forWomen) {
    Threshold t = forWomen ? women : men;
    return due == null ? t : new Deadline(text, t, due.year(), due.month());
  }

  /** Whether both sexes have the same target (then a Totalt outcome is judged against it). */
  public boolean sameForBoth() {
    return women.value().compareTo(men.value()) == 0
        && women.bound() == men.bound()
        && women.unit().equals(men.unit());
  }

  @Override
  public String type() {
    return "per_sex";
  }

  @Override
  public Polarity impliedPolarity() {
    return women.impliedPolarity();
  }
}

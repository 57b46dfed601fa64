package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * "Topp 3 i riket", "Bland de 5 bästa regionerna": a placing, judged only when the outcome is a
 * placing (Enhet "placering"); lower is better.
 *
 * @param text as written
 * @param top the worst placing that meets the target, or with {@code share} the best share in
 *     percent ("Bland de 25 % bästa kommunerna")
 * @param reference among whom ("riket", "regionerna")
 * @param share true when {@code top} is a percent of those ranked
 */
public record Rank(String text, int top, String reference, boolean share) implements TargetRule {
  public Rank {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference");
    if (top < 1 || share && top > 100) {
      throw new IllegalArgumentException("top " + top);
    }
  }

  /** A placing among the best {@code top}, not a share. */
  public Rank(String text, int top, String reference) {
    this(text, top, reference, false);
  }

  @Override
  public String type() {
    return "rank";
  }

  @Override
  public Polarity impliedPolarity() {
    return Polarity.LOWER_IS_BETTER;
  }
}

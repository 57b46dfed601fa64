package se.tertial.rules;

import java.util.Objects;

/**
 * "Skillnaden mellan kvinnor och män ska minska", "Minskade skillnader mellan könen", "Skillnaden
 * ska vara högst 2 procentenheter": a rule on the gap between women's and men's outcomes, |K − M|,
 * judged with the gap's own comparison values (the gap the same period last year, or in a base
 * year). A smaller gap is better whatever Riktning says of the measure, so the rule implies no
 * direction for the measure itself.
 *
 * @param text as written
 * @param onGap what the gap must do: a direction or change downwards, or an upper limit
 */
public record Gap(String text, TargetRule onGap) implements TargetRule {
  public Gap {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(onGap, "onGap");
  }

  @Override
  public String type() {
    return "gap";
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import se.tertial.model.Polarity;

/**
 * A limit on a deviation (avvikelse): "Högst 0,5 procent avvikelse", "Max 2 % avvikelse mot
 * budget", "Prognosavvikelsen ska vara högst 1 %". The outcome of such a measure is signed (a
 * forecast or budget deviation is written −0,8 as often as 0,8), so a limit on "avvikelse" bounds
 * its size: |utfall| ≤ 0,5, read as the interval −0,5–0,5. A limit on a <em>negative</em> deviation
 * ("Högst 1 % negativ avvikelse från budget") follows the sign convention of budget outcomes
 * (positive = under budget): at least −1 %. A plain upper limit would call an overspend of any size
 * met.
 */
final class Deviations {
  /**
   * "avvikelse", "avvikelsen", "budgetavvikelse", "prognosavvikelsen": one deviation, not
   * "avvikelser".
   */
  private static final Pattern DEVIATION = Pattern.compile("\\w*avvikelsen?");

  private static final Pattern NEGATIVE = Pattern.compile("negativ|negativa|negativt");

  private Deviations() {}

  /**
   * The rule a threshold read with these subject words stands for: an interval around zero or a
   * floor below it when the subject is a deviation and the limit an upper one; null when a limit of
   * zero on a deviation is no reading of its own; else the rule itself.
   */
  static TargetRule onSubject(TargetRule rule, List<Token> subject, List<Token> text) {
    TargetRule limited = limitOnDeviation(rule, subject);
    return limited == null ? null : costAgainstBudget(limited, text);
  }

  /** What is spent: "Nettokostnaderna", "kostnaden", "utgifterna". */
  private static final Pattern COST = Pattern.compile("\\w*kostnad\\w*|\\w*utgift\\w*");

  /**
   * "Nettokostnaderna får inte överstiga budget", "Kostnaderna ska hållas inom budget": the outcome
   * is the amount spent, not a deviation, so "in balance" (a deviation of at least 0) would call
   * any cost met. The budget is then the reference value the cost must not exceed (Jämförelse or an
   * {@code ID:budget} row); without one it is not assessed.
   */
  static TargetRule costAgainstBudget(TargetRule rule, List<Token> text) {
    if (!(rule instanceof Balance b)
        || !b.budget()
        || b.bound() != Bound.AT_LEAST
        || text.stream().noneMatch(w -> COST.matcher(w.key()).matches())
        || text.stream().anyMatch(w -> DEVIATION.matcher(w.key()).matches())) {
      return rule;
    }
    return new Reference(b.text(), ReferenceKind.NOT_WORSE, "budget", Polarity.LOWER_IS_BETTER);
  }

  static TargetRule limitOnDeviation(TargetRule rule, List<Token> subject) {
    if (!(rule instanceof Threshold t)
        || t.bound().polarity() != Polarity.LOWER_IS_BETTER
        || subject.stream().noneMatch(w -> DEVIATION.matcher(w.key()).matches())) {
      return rule;
    }
    if (t.value().signum() <= 0) {
      // "Ingen negativ budgetavvikelse" is a balance, read as such; no limit on a size here.
      return null;
    }
    BigDecimal size = t.value();
    if (subject.stream().anyMatch(w -> NEGATIVE.matcher(w.key()).matches())) {
      return new Threshold(t.text(), size.negate(), t.unit(), Bound.AT_LEAST);
    }
    return new Range(t.text(), size.negate(), size, t.unit());
  }
}

package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;
import se.tertial.model.Polarity;

/**
 * A styrmått's target (the {@code Mål} text) parsed into a typed rule. Parsing is separate from
 * judging: {@code TargetRuleParser} makes rules, {@code RuleEvaluator} applies them.
 */
public sealed interface TargetRule {

  /** The target exactly as written in the report. */
  String text();

  /** The stable type name used in JSON ({@code direction}, {@code threshold}, …). */
  String type();

  /**
   * The direction the rule says is better, or {@link Polarity#UNSPECIFIED} when the rule does not
   * say. Used when the {@code Riktning} column is empty.
   */
  default Polarity impliedPolarity() {
    return Polarity.UNSPECIFIED;
  }

  /**
   * "Öka", "Minska", "Förbättrat värde", "Behålla", optionally "jmf 2020": the outcome must move
   * the better way (strictly), or for Behålla not get worse, against the comparison value.
   *
   * @param text as written
   * @param better the better direction; UNSPECIFIED only for Behålla without Riktning
   * @param keep true for Behålla/Bibehålla: unchanged is enough
   * @param baseYear the year compared with ("jmf 2020"), or null for the same period last year
   */
  record Direction(String text, Polarity better, boolean keep, Integer baseYear)
      implements TargetRule {
    public Direction {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(better, "better");
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

  /**
   * "Minska med 50% jmf 2020", "Öka 5 %": the target is the base value times (1 ± percent/100).
   *
   * @param text as written
   * @param better HIGHER_IS_BETTER for Öka, LOWER_IS_BETTER for Minska
   * @param percent the change in percent of the base, positive
   * @param baseYear the base year, or null for the same period last year
   */
  record RelativeChange(String text, Polarity better, BigDecimal percent, Integer baseYear)
      implements TargetRule {
    public RelativeChange {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(better, "better");
      Objects.requireNonNull(percent, "percent");
    }

    @Override
    public String type() {
      return "relative_change";
    }

    @Override
    public Polarity impliedPolarity() {
      return better;
    }
  }

  /**
   * "70%", "Minst 70 %", "Under 6,5%", "0,0": a value to reach, with the bound from the words or
   * from {@code Riktning}.
   *
   * @param text as written
   * @param value the target value, in the unit written (percent units for %)
   * @param unit the unit written after the number ("%", "kr", "mnkr"…) or empty
   * @param bound how the outcome must relate to the value
   */
  record Threshold(String text, BigDecimal value, String unit, Bound bound) implements TargetRule {
    public Threshold {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(value, "value");
      unit = Objects.requireNonNullElse(unit, "");
      Objects.requireNonNull(bound, "bound");
    }

    @Override
    public String type() {
      return "threshold";
    }

    @Override
    public Polarity impliedPolarity() {
      return bound.polarity();
    }
  }

  /**
   * "100 % i dec", "90 % senast 2022-12-31", "Minst 80 % vid årets slut": a threshold that applies
   * from a month on; before it, progress counts as partly met.
   *
   * @param text as written
   * @param threshold the value to reach by the deadline
   * @param year the deadline's year, or null for the report's year
   * @param month the deadline's month, 1–12
   */
  record Deadline(String text, Threshold threshold, Integer year, int month) implements TargetRule {
    public Deadline {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(threshold, "threshold");
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month " + month);
      }
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

  /**
   * "K 16,0 M 17,2", "K: 16 / M: 17,2": one threshold for women and one for men.
   *
   * @param text as written
   * @param women the target for kvinnor
   * @param men the target for män
   */
  record PerSex(String text, Threshold women, Threshold men) implements TargetRule {
    public PerSex {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(women, "women");
      Objects.requireNonNull(men, "men");
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

  /**
   * "I nivå med riket", "Bättre än riket", "Låg och stabil nivå jfr med andra regioner": judged
   * against a comparison value (the {@code Jämförelse} column or an outcome row such as {@code
   * M12:riket}).
   *
   * @param text as written
   * @param kind what the outcome must be relative to the reference
   * @param reference what is compared with, as written ("riket", "andra regioner")
   * @param better the better direction; UNSPECIFIED when neither the words nor Riktning say
   */
  record Reference(String text, ReferenceKind kind, String reference, Polarity better)
      implements TargetRule {
    public Reference {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(better, "better");
    }

    @Override
    public String type() {
      return "reference";
    }

    @Override
    public Polarity impliedPolarity() {
      return better;
    }
  }

  /** How an outcome must relate to a reference value. */
  enum ReferenceKind {
    /** I nivå med: at least as good as the reference, or within the tolerance band. */
    LEVEL,
    /** Bättre än: strictly better than the reference. */
    BETTER,
    /** Låg och stabil nivå: not above the reference (lower is better). */
    LOW_AND_STABLE
  }

  /** A target the engine cannot judge ("Under utredning", empty, unparsed), with the reason. */
  record NotAssessable(String text, String reason) implements TargetRule {
    @Override
    public String type() {
      return "not_assessable";
    }
  }
}

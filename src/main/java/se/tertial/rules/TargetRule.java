package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
   * "Öka", "Minska", "Förbättrat värde", "Behålla", "Fler än 2019", "Oförändrat eller bättre": the
   * outcome must move the better way (strictly) against the base, or for Behålla not get worse.
   *
   * @param text as written
   * @param better the better direction; UNSPECIFIED only for Behålla without Riktning
   * @param keep true for Behålla/Bibehålla/"försämras ej": unchanged is enough
   * @param base what is compared with; the same period last year unless written
   * @param due a deadline written with the target ("Öka till 2025"), or null; shown, not judged
   */
  record Direction(String text, Polarity better, boolean keep, Base base, Due due)
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

  /**
   * "Minska med 50% jmf 2020", "Öka med 2 procentenheter", "Öka med minst 500 besök till 2025": the
   * target is the base changed by an amount, relative (percent of the base) or absolute (in the
   * unit written; procentenheter are absolute percentage points, never a relative %).
   *
   * @param text as written
   * @param increase true for öka/höja, false for minska/sänka
   * @param amount the change, positive
   * @param relative true when {@code amount} is a percent of the base
   * @param unit the unit of an absolute amount ("procentenheter", "st", "dagar"…), "%" if relative
   * @param bound how the outcome must relate to the changed base: AT_LEAST for öka (med minst),
   *     AT_MOST for minska; "öka med högst 3 %" is AT_MOST
   * @param base what the change is measured from
   * @param due the deadline, or null: before it, progress counts as partly met
   */
  record Change(
      String text,
      boolean increase,
      BigDecimal amount,
      boolean relative,
      String unit,
      Bound bound,
      Base base,
      Due due)
      implements TargetRule {
    public Change {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(amount, "amount");
      unit = Objects.requireNonNullElse(unit, "");
      Objects.requireNonNull(bound, "bound");
      base = Objects.requireNonNullElse(base, Base.sameLastYear());
    }

    /** The better direction, from the bound. */
    public Polarity better() {
      return bound.polarity();
    }

    /** The base year when the base is a year or an exact period, else null. */
    public Integer baseYear() {
      return base.year();
    }

    @Override
    public String type() {
      return "change";
    }

    @Override
    public Polarity impliedPolarity() {
      return better();
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

  /**
   * "K 16,0 M 17,2", "K: 16 / M: 17,2": one threshold for women and one for men.
   *
   * @param text as written
   * @param women the target for kvinnor
   * @param men the target for män
   * @param due a deadline written after both ("K 80 % M 75 % senast 2025"), or null
   */
  record PerSex(String text, Threshold women, Threshold men, Due due) implements TargetRule {
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

  /**
   * "70–90 %", "Mellan 70 och 90 %", "Inom intervallet 95–105 %", "Minst 70 %, högst 90 %": the
   * outcome must lie in the interval, both ends included. Neither direction is better; outside, the
   * distance to the nearest end is judged with the tolerance band.
   *
   * @param text as written
   * @param low the lower end, included
   * @param high the upper end, included; greater than {@code low}
   * @param unit the unit written ("%", "dagar"…) or empty
   */
  record Range(String text, BigDecimal low, BigDecimal high, String unit) implements TargetRule {
    public Range {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      unit = Objects.requireNonNullElse(unit, "");
      if (low.compareTo(high) >= 0) {
        throw new IllegalArgumentException("range " + low + ".." + high);
      }
    }

    @Override
    public String type() {
      return "range";
    }
  }

  /**
   * "2 p.e. över riket", "Minst 5 % bättre än riket", "Högst 10 % över rikssnittet": a threshold
   * placed at a distance from a reference value (jämförelsevärde): the reference plus {@code delta}
   * (in the unit written: procentenheter and other units are absolute, % is relative to the
   * reference).
   *
   * @param text as written
   * @param reference what is compared with ("riket", "länet"…)
   * @param delta the signed distance: positive above the reference, negative below
   * @param relative true when {@code delta} is a percent of the reference
   * @param unit "%" when relative, else the unit of the absolute distance (may be empty)
   * @param bound how the outcome must relate to the shifted reference
   */
  record ReferenceOffset(
      String text, String reference, BigDecimal delta, boolean relative, String unit, Bound bound)
      implements TargetRule {
    public ReferenceOffset {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(delta, "delta");
      unit = Objects.requireNonNullElse(unit, "");
      Objects.requireNonNull(bound, "bound");
    }

    @Override
    public String type() {
      return "reference_offset";
    }

    @Override
    public Polarity impliedPolarity() {
      return bound.polarity();
    }
  }

  /** How an outcome must relate to a reference value. */
  enum ReferenceKind {
    /** I nivå med: at least as good as the reference, or within the tolerance band. */
    LEVEL,
    /** Bättre än, högre än riket: strictly better than the reference. */
    BETTER,
    /** Inte sämre än: at least as good as the reference; within the band partly met. */
    NOT_WORSE,
    /** Låg och stabil nivå: not above the reference (lower is better). */
    LOW_AND_STABLE
  }

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
  record Rank(String text, int top, String reference, boolean share) implements TargetRule {
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

  /**
   * "Budget i balans", "Positivt resultat", "Nollresultat", "Inte överskrida tilldelad ram": a zero
   * target on a result or budget deviation where a positive value is a surplus (better). No
   * relative band; the absolute tolerance (Rapport) applies when given.
   *
   * @param text as written
   * @param bound AT_LEAST (balans, nollresultat, inom ram) or ABOVE (positivt resultat, överskott)
   * @param budget true when the outcome is a deviation from a budget or ram, false for a result
   */
  record Balance(String text, Bound bound, boolean budget) implements TargetRule {
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

  /**
   * "Skillnaden mellan kvinnor och män ska minska", "Minskade skillnader mellan könen", "Skillnaden
   * ska vara högst 2 procentenheter": a rule on the gap between women's and men's outcomes, |K −
   * M|, judged with the gap's own comparison values (the gap the same period last year, or in a
   * base year). A smaller gap is better whatever Riktning says of the measure, so the rule implies
   * no direction for the measure itself.
   *
   * @param text as written
   * @param onGap what the gap must do: a direction or change downwards, or an upper limit
   */
  record Gap(String text, TargetRule onGap) implements TargetRule {
    public Gap {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(onGap, "onGap");
    }

    @Override
    public String type() {
      return "gap";
    }
  }

  /**
   * "&lt;14 % (2024) &lt;15 % (2025)", "2024: minst 80 %, 2025: minst 85 %": one cell with a target
   * per year. The period's year picks its own target, else the nearest later year's.
   *
   * @param text as written
   * @param years each year's rule, in year order; at least two
   */
  record PerYear(String text, SortedMap<Integer, TargetRule> years) implements TargetRule {
    public PerYear {
      Objects.requireNonNull(text, "text");
      years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
      if (years.size() < 2 || years.values().stream().anyMatch(r -> r instanceof PerYear)) {
        throw new IllegalArgumentException("per year " + years.keySet());
      }
    }

    /** The rule that applies in {@code year}: its own, else the nearest later year's; or empty. */
    public Optional<TargetRule> forYear(int year) {
      return PerYearCell.pick(years, year).map(years::get);
    }

    @Override
    public String type() {
      return "per_year";
    }

    @Override
    public Polarity impliedPolarity() {
      Set<Polarity> all = new HashSet<>();
      years.values().forEach(r -> all.add(r.impliedPolarity()));
      return all.size() == 1 ? all.iterator().next() : Polarity.UNSPECIFIED;
    }
  }

  /**
   * A target the engine cannot judge ("Under utredning", empty, unknown words, two readings), with
   * the reason.
   *
   * @param text as written
   * @param reason the Swedish reason, quoting the words not understood
   * @param refusal the kind of refusal
   * @param words the words not understood or read two ways, as written (may be empty)
   */
  record NotAssessable(String text, String reason, Refusal refusal, List<String> words)
      implements TargetRule {
    public NotAssessable {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(refusal, "refusal");
      words = List.copyOf(words);
    }

    /** A refusal without quoted words. */
    public NotAssessable(String text, String reason) {
      this(text, reason, Refusal.UNREADABLE, List.of());
    }

    @Override
    public String type() {
      return "not_assessable";
    }
  }
}

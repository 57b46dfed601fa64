package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Polarity;
import se.tertial.model.Report;
import se.tertial.model.Sex;
import se.tertial.model.SwedishNumbers;

/** Looks up, in a report, the comparison values one breakdown of one measure is judged with. */
final class InputBuilder {
  private static final Pattern ONE_NUMBER =
      Pattern.compile("[+\\-\u2212]?\\d[\\d \u00a0]*(?:[.,]\\d+)?\\s*%?");

  private final Report report;
  private final Measure measure;
  private final Period period;
  private final List<Outcome> history;

  InputBuilder(Report report, Measure measure, Period period) {
    this.report = report;
    this.measure = measure;
    this.period = period;
    this.history = report.outcomesOf(measure.id());
  }

  RuleInput build(TargetRule rule, Sex sex, BigDecimal value, Polarity polarity, Tolerance tol) {
    Base base = baseOf(rule);
    return new RuleInput(
        period,
        value,
        measure.unit(),
        polarity,
        sameLastYear(sex),
        previous(sex),
        base == null ? null : base(sex, base),
        reference(rule, sex),
        tol);
  }

  /** The value of a written base: a year's same period (else its ÅR value) or an exact period. */
  private Comparison base(Sex sex, Base base) {
    return switch (base.kind()) {
      case YEAR -> base(sex, base.year());
      case PERIOD -> at(base.period(), sex);
      case SAME_PERIOD_LAST_YEAR, PREVIOUS_PERIOD -> null;
    };
  }

  Comparison sameLastYear(Sex sex) {
    return at(period.previousYear(), sex);
  }

  /** The latest earlier period with a value for this breakdown. */
  Comparison previous(Sex sex) {
    Comparison latest = null;
    for (Outcome o : history) {
      if (o.period().compareTo(period) < 0 && o.value(sex) != null) {
        latest = new Comparison(o.value(sex), o.period());
      }
    }
    return latest;
  }

  /** The same period of the base year, or that year's value when only the year was reported. */
  private Comparison base(Sex sex, int year) {
    Comparison same = at(period.inYear(year), sex);
    return same != null ? same : at(Period.yearEnd(year), sex);
  }

  private Comparison at(Period when, Sex sex) {
    return report
        .outcome(measure.id(), when)
        .map(o -> o.value(sex))
        .map(v -> new Comparison(v, when))
        .orElse(null);
  }

  /**
   * The reference value: an outcome row {@code <id>:<reference>} (e.g. {@code M12:riket}) for the
   * period, per sex when it has one, else the {@code Jämförelse} column when it holds one number.
   */
  private BigDecimal reference(TargetRule rule, Sex sex) {
    String name = referenceName(rule);
    if (name == null) {
      return null;
    }
    Optional<Outcome> row = referenceRow(name);
    if (row.isPresent()) {
      return valueOf(row.get(), sex);
    }
    return comparisonColumn();
  }

  /**
   * The reference value of a rule against a reference as the judging used it for the breakdowns
   * {@code judged}, with where it came from; empty for any other rule.
   */
  Optional<ReferenceValue> referenceValue(TargetRule rule, Collection<Sex> judged) {
    String name = referenceName(rule);
    if (name == null) {
      return Optional.empty();
    }
    Optional<Outcome> row = referenceRow(name);
    Map<Sex, BigDecimal> values = new EnumMap<>(Sex.class);
    for (Sex sex : judged) {
      BigDecimal value = row.isPresent() ? valueOf(row.get(), sex) : comparisonColumn();
      if (value != null) {
        values.put(sex, value);
      }
    }
    String written = row.isPresent() ? "" : measure.comparison().strip();
    return Optional.of(new ReferenceValue(name, values.isEmpty() ? "" : written, values));
  }

  private static BigDecimal valueOf(Outcome row, Sex sex) {
    BigDecimal own = row.value(sex);
    return own != null ? own : row.total();
  }

  private static String referenceName(TargetRule rule) {
    if (rule instanceof Reference ref) {
      return ref.reference();
    }
    if (rule instanceof ReferenceOffset off) {
      return off.reference();
    }
    if (rule instanceof Rank rank && rank.share()) {
      // "Bland de 25 % bästa" on a placing: the number ranked is the reference value.
      return rank.reference();
    }
    return null;
  }

  /** The period's outcome row {@code <id>:<reference>}, else any {@code <id>:…} row. */
  private Optional<Outcome> referenceRow(String name) {
    String prefix = measure.id() + ":";
    String wanted = prefix + name.replace(' ', '_');
    return report.outcomes().stream()
        .filter(o -> o.period().equals(period))
        .filter(o -> o.measureId().equalsIgnoreCase(wanted))
        .findFirst()
        .or(
            () ->
                report.outcomes().stream()
                    .filter(o -> o.period().equals(period))
                    .filter(
                        o ->
                            o.measureId()
                                .toLowerCase(Locale.ROOT)
                                .startsWith(prefix.toLowerCase(Locale.ROOT)))
                    .findFirst());
  }

  private BigDecimal comparisonColumn() {
    String text = measure.comparison().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (SwedishNumbers.isNumber(text)) {
      return SwedishNumbers.parse(text).value();
    }
    // "Riket 45 %": take the number only when there is exactly one, never guess between two.
    Matcher m = ONE_NUMBER.matcher(text);
    String found = null;
    while (m.find()) {
      if (found != null) {
        return null;
      }
      found = m.group().strip();
    }
    return found != null && SwedishNumbers.isNumber(found)
        ? SwedishNumbers.parse(found).value()
        : null;
  }

  private static Base baseOf(TargetRule rule) {
    if (rule instanceof Gap g) {
      return baseOf(g.onGap());
    }
    if (rule instanceof Direction d) {
      return d.base();
    }
    if (rule instanceof Change c) {
      return c.base();
    }
    return null;
  }
}

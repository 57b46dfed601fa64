package se.tertial.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.tertial.model.Polarity;

/**
 * A plain four-digit year 1990–2100 without a unit is never read as a value: after a comparative it
 * is a base year ("Fler än 2019"), elsewhere the text is refused with both readings.
 */
class YearNeverAValuePropertyTest {

  private static final List<String> BEFORE =
      List.of(
          "Fler än",
          "Färre än",
          "Högre än",
          "Lägre än",
          "Mer än",
          "Mindre än",
          "Över",
          "Under",
          "Minst",
          "Högst",
          "Max",
          "Lägst",
          "Inte under",
          "Inte över",
          "≥",
          "≤",
          ">",
          "<",
          "",
          "Öka med",
          "Minska med",
          "Öka till",
          "Minska till",
          "Nå",
          "Bättre än",
          "Kvinnor",
          "Topp",
          "Andelen ska vara fler än",
          "Målet är att nå",
          "Som lägst",
          "Överstiga",
          "Understiga",
          "Minska",
          "Öka",
          "Minst K",
          "K/M",
          "Öka med minst");

  private static final List<String> AFTER =
      List.of("", ".", " !", " (högre är bättre)", " (lägre är bättre)", " senast 2025", " M 12");

  record Text(String text, int year) {}

  @Property(tries = 3000)
  void aYearWithoutAUnitIsNeverAThreshold(
      @ForAll("texts") Text t, @ForAll Polarity polarity, @ForAll("units") String enhet) {
    TargetRule rule = TargetRuleParser.parse(t.text(), polarity);
    TargetRule withUnit = TargetRuleParser.read(t.text(), polarity, enhet).rule();
    for (TargetRule r : List.of(rule, withUnit)) {
      assertThat(values(r))
          .as("%s → %s", t.text(), RuleFormat.typed(r))
          .noneMatch(v -> v.compareTo(BigDecimal.valueOf(t.year())) == 0);
    }
  }

  /** Every value a rule holds without a unit: thresholds, per-sex targets and change amounts. */
  private static List<BigDecimal> values(TargetRule rule) {
    List<Threshold> thresholds = new ArrayList<>();
    if (rule instanceof Threshold th) {
      thresholds.add(th);
    } else if (rule instanceof Deadline d) {
      thresholds.add(d.threshold());
    } else if (rule instanceof PerSex p) {
      thresholds.add(p.women());
      thresholds.add(p.men());
    }
    List<BigDecimal> values = new ArrayList<>();
    thresholds.stream().filter(x -> x.unit().isEmpty()).forEach(x -> values.add(x.value()));
    if (rule instanceof Change c && c.unit().isEmpty()) {
      values.add(c.amount());
    }
    if (rule instanceof Rank r) {
      values.add(BigDecimal.valueOf(r.top()));
    }
    return values;
  }

  @Provide
  Arbitrary<Text> texts() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2100);
    Arbitrary<String> spaces = Arbitraries.of(" ", "", "  ", "\u00a0", "\u2009");
    Arbitrary<Boolean> upper = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.of(BEFORE), spaces, years, Arbitraries.of(AFTER), upper)
        .as(
            (before, space, year, after, up) -> {
              String text = before + (before.isEmpty() ? "" : space) + year + after;
              return new Text(up ? text.toUpperCase(java.util.Locale.ROOT) : text, year);
            });
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("", "%", "st", "kr", "placering");
  }
}

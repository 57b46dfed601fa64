package se.tertial.rules;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import se.tertial.model.Polarity;

/**
 * "&lt;14 % (2024) &lt;15 % (2025)", "2024: minst 80 %, 2025: minst 85 %": one cell with a target
 * per year. The period's year picks its own target, else the nearest later year's.
 *
 * @param text as written
 * @param years each year's rule, in year order; at least two
 */
public record PerYear(String text, SortedMap<Integer, TargetRule> years) implements TargetRule {
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

package se.tertial.model;

import java.util.Set;

/**
 * The data only one report kind has (assignments, monthly boxes, budget tables), read from that
 * kind's own sheets. A delårsbilaga has none ({@link #NONE}); its data are the measures, outcomes
 * and actions every kind may use.
 */
public interface KindData {

  /** No kind-specific data. */
  None NONE = new None();

  /** The periods this data has entries for (they join {@link Report#periods()}). */
  Set<Period> periods();

  /** No kind-specific data (the delårsbilaga). */
  record None() implements KindData {
    @Override
    public Set<Period> periods() {
      return Set.of();
    }
  }
}

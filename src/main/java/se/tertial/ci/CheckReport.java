package se.tertial.ci;

import java.util.List;

/**
 * Every (unit, period) of one run, in input and period order, with the baseline entries no finding
 * of the run matched any more.
 *
 * @param items one per (unit, period), or one per unit that could not be read
 * @param stale baseline entries for units of this run that match no finding: fixed, or changed
 */
public record CheckReport(List<Checked> items, List<Baseline.Entry> stale) {

  public CheckReport {
    items = List.copyOf(items);
    stale = List.copyOf(stale);
  }

  public long errors() {
    return items.stream().mapToLong(Checked::errors).sum();
  }

  public long warnings() {
    return items.stream().mapToLong(Checked::warnings).sum();
  }

  public long acknowledged() {
    return items.stream().mapToLong(i -> i.acknowledged().size()).sum();
  }

  public long count(Checked.State state) {
    return items.stream().filter(i -> i.state() == state).count();
  }

  /** How many distinct inputs the run covered. */
  public long units() {
    return items.stream().map(Checked::input).distinct().count();
  }

  /** Whether any unacknowledged warning is left: what {@code --strict} fails on. */
  public boolean anyWarnings() {
    return warnings() > 0;
  }

  public boolean anyErrors() {
    return errors() > 0;
  }
}

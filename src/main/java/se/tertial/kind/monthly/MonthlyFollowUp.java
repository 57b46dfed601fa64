package se.tertial.kind.monthly;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.tertial.model.KindData;
import se.tertial.model.Period;

/**
 * The data of a månadsuppföljning: every assignment's box for every month, in input order.
 *
 * @param items the boxes
 */
public record MonthlyFollowUp(List<MonthlyItem> items) implements KindData {
  public MonthlyFollowUp {
    items = List.copyOf(items);
  }

  /** The boxes of one month, in input order. */
  public List<MonthlyItem> itemsOf(Period period) {
    return items.stream().filter(i -> i.period().equals(period)).toList();
  }

  @Override
  public Set<Period> periods() {
    Set<Period> periods = new TreeSet<>();
    items.forEach(i -> periods.add(i.period()));
    return periods;
  }
}

package se.tertial.batch;

import java.util.List;

/** Every item of a finished batch, in input and period order, with counts. */
public record BatchSummary(List<BatchItem> items, long millis) {

  public BatchSummary {
    items = List.copyOf(items);
  }

  public long count(BatchItem.State state) {
    return items.stream().filter(i -> i.state() == state).count();
  }

  public boolean anyFailed() {
    return count(BatchItem.State.FAILED) > 0;
  }

  public boolean anyWarnings() {
    return count(BatchItem.State.WARNINGS) > 0;
  }
}

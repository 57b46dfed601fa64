package se.tertial.cli;

import java.io.PrintWriter;
import se.tertial.batch.BatchItem;
import se.tertial.batch.BatchSummary;

/** The end-of-batch table: one row per report that was not ok, with its reason. */
final class BatchTable {
  private BatchTable() {}

  static void print(BatchSummary summary, PrintWriter out) {
    for (BatchItem item : summary.items()) {
      if (item.state() == BatchItem.State.OK) {
        continue;
      }
      out.printf(
          "%-9s %-40s %-8s%n",
          item.state().code(), item.input().getFileName(), item.period().orElse("–"));
      item.messages().stream().limit(5).forEach(m -> out.println("          " + m));
      if (item.messages().size() > 5) {
        out.println(CliMessages.get("batch.more", item.messages().size() - 5));
      }
    }
  }
}

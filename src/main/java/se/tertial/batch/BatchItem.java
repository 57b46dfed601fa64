package se.tertial.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one report in a batch: one input and period, or one input that failed before any
 * period could be chosen (then {@code period} is empty).
 *
 * @param input the workbook or CSV folder
 * @param period the period code, empty when the input itself failed
 * @param state ok, with warnings, or failed
 * @param output the written file, empty when nothing was written
 * @param messages the findings or the failure, one Swedish line each
 * @param millis how long the report took
 */
public record BatchItem(
    Path input,
    Optional<String> period,
    State state,
    Optional<Path> output,
    List<String> messages,
    long millis) {

  /** How a report in the batch ended. */
  public enum State {
    OK,
    WARNINGS,
    FAILED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public BatchItem {
    messages = List.copyOf(messages);
  }
}

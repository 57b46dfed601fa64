package se.tertial.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.tertial.ci.Checked;
import se.tertial.model.Finding;

/**
 * The outcome of one report in a batch: one input and period, or one input that failed before any
 * period could be chosen (then {@code period} is empty).
 *
 * @param input the workbook or CSV folder
 * @param period the period code, empty when the input itself failed
 * @param state ok, with warnings, or failed
 * @param output the written file, empty when nothing was written
 * @param findings the pipeline's findings, what rendering left out and the failure, if any
 * @param millis how long the report took
 */
public record BatchItem(
    Path input,
    Optional<String> period,
    State state,
    Optional<Path> output,
    List<Finding> findings,
    long millis) {

  /** How a report in the batch ended. */
  public enum State {
    OK,
    WARNINGS,
    FAILED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public BatchItem {
    findings = List.copyOf(findings);
  }

  /** The findings as printed, one Swedish line each ({@code fel: …}, {@code varning: …}). */
  public List<String> messages() {
    return findings.stream().map(Finding::line).toList();
  }

  /** The item as the CI outputs see it: the (unit, period), its document and its findings. */
  public Checked checked() {
    return new Checked(input, period, output, findings, List.of());
  }
}

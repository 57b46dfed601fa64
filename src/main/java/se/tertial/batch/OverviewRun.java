package se.tertial.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.overview.UnitResult;
import se.tertial.read.ReadResult;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.OutputPlan;

/**
 * Every input of a manifest read once and judged for one period, through the same pipeline as
 * {@code check} and {@code render}: the units of an overview. A unit whose data has errors is kept
 * with its errors, never dropped without a word.
 */
public final class OverviewRun {

  private OverviewRun() {}

  /** The units and the period they were judged for. */
  public record Units(Period period, List<UnitResult> units, String organisation) {}

  /**
   * Reads and judges every input of {@code manifest}.
   *
   * @param period the period, or null for the first readable unit's own (its Rapport sheet's)
   * @throws BatchException when the manifest names no input, or no input could be read and no
   *     period was given
   */
  public static Units judge(BatchManifest manifest, Period period, InputPipeline pipeline) {
    List<Path> inputs = InputGlobs.expand(manifest.base(), manifest.inputs());
    if (inputs.isEmpty()) {
      throw new BatchException(BatchText.get("overview.noInputs", manifest.base()));
    }
    List<ReadResult> reads = new ArrayList<>();
    for (Path input : inputs) {
      reads.add(pipeline.read(input, period, null));
    }
    Period chosen = period;
    String organisation = "";
    for (ReadResult read : reads) {
      if (read.report().isPresent()) {
        Report report = read.report().get();
        chosen = chosen != null ? chosen : report.info().period();
        organisation = organisation.isEmpty() ? report.info().organisation() : organisation;
      }
    }
    if (chosen == null) {
      throw new BatchException(BatchText.get("overview.nothingRead", inputs.size()));
    }
    // The appendices' names as batch writes them for the same inputs, so the links find them.
    OutputPlan names = OutputPlan.of(inputs);
    List<UnitResult> units = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      ReadResult read = reads.get(i);
      InputPipeline.Loaded loaded = pipeline.judge(read, chosen);
      String shown = manifest.base().relativize(input.toAbsolutePath()).toString();
      String name = read.report().map(r -> r.info().unit()).filter(u -> !u.isBlank()).orElse(shown);
      String appendix =
          loaded.evaluation().isPresent() && names.refusal(input).isEmpty()
              ? names.name(input, chosen, "pdf")
              : "";
      List<String> problems =
          loaded.findings().stream().filter(Finding::isError).map(Finding::line).toList();
      units.add(
          new UnitResult(
              name,
              shown,
              appendix,
              loaded.hasErrors() ? Optional.empty() : loaded.evaluation(),
              problems));
    }
    return new Units(chosen, units, organisation);
  }
}

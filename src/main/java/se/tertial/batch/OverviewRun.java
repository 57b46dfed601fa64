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
import se.tertial.workflow.PeriodSelection;

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
   * Reads and judges every input of {@code manifest} for a period every kind reads.
   *
   * @param period the period, or null for the first readable unit's own (its Rapport sheet's)
   * @throws BatchException when the manifest names no input, or no input could be read and no
   *     period was given
   */
  public static Units judge(BatchManifest manifest, Period period, InputPipeline pipeline) {
    return judge(
        manifest, period == null ? null : new PeriodSelection.Listed(List.of(period)), pipeline);
  }

  /**
   * Reads and judges every input of {@code manifest}.
   *
   * @param asked the one period asked for, as written ({@code 2026} for plans), or null for the
   *     first readable unit's own (its Rapport sheet's)
   * @throws BatchException when the manifest names no input, no input could be read and no period
   *     was given, or a unit's kind does not read the period as written (naming the unit)
   */
  public static Units judge(
      BatchManifest manifest, PeriodSelection.Listed asked, InputPipeline pipeline) {
    List<Path> inputs = InputGlobs.expand(manifest.base(), manifest.inputs());
    if (inputs.isEmpty()) {
      throw new BatchException(BatchText.get("overview.noInputs", manifest.base()));
    }
    Period period = asked == null ? null : asked.single().orElseThrow();
    List<ReadResult> reads = new ArrayList<>();
    for (Path input : inputs) {
      ReadResult read = pipeline.read(input, period, null);
      if (asked != null && read.report().isPresent()) {
        Report report = read.report().get();
        try {
          asked.periodsFor(report, pipeline.periodReader(report.info().kind()));
        } catch (PeriodSelection.KindRefusal e) {
          // One overview is of one period: a unit that cannot have it ends the run, named.
          throw new BatchException(shown(manifest, input) + ": " + e.getMessage());
        }
      }
      reads.add(read);
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
      String shown = shown(manifest, input);
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

  /** How a unit's input is named: relative to the manifest's folder. */
  private static String shown(BatchManifest manifest, Path input) {
    return manifest.base().relativize(input.toAbsolutePath()).toString();
  }
}

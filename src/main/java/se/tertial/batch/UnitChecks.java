package se.tertial.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tertial.ci.Checked;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.SourceRef;
import se.tertial.read.ReadResult;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.PeriodSelection;

/**
 * Checks many units for many periods in one run, as {@code batch} would render them but writing
 * nothing: each input is read once by the pipeline, then validated and judged for each period of
 * the selection — the same findings, period by period, that a batch lists. Inputs run in parallel;
 * a unit that cannot be read is one failed item and the rest go on. Thread-safe.
 */
public final class UnitChecks {

  /**
   * What to check.
   *
   * @param pipeline reads each input once and validates and judges each of its periods
   * @param periods the periods of each input (its own, a list, or {@code all})
   * @param kind the kind to read the inputs as, or null for each input's Rapport sheet
   * @param jobs worker threads
   */
  public record Settings(InputPipeline pipeline, PeriodSelection periods, String kind, int jobs) {
    public Settings {
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(periods, "periods");
    }
  }

  private final Settings settings;

  public UnitChecks(Settings settings) {
    this.settings = settings;
  }

  /** Every (input, period) checked, in input order and then period order. */
  public List<Checked> run(List<Path> inputs) {
    return ParallelInputs.run(inputs, settings.jobs(), this::check);
  }

  /** One input for every period of the selection. */
  List<Checked> check(Path input) {
    ReadResult read = settings.pipeline().read(input, readPeriod(), settings.kind());
    if (read.hasErrors() || read.report().isEmpty()) {
      return List.of(Checked.of(input, Optional.empty(), read.findings()));
    }
    Report report = read.report().get();
    List<Period> periods;
    try {
      periods =
          settings
              .periods()
              .periodsFor(report, settings.pipeline().periodReader(report.info().kind()));
    } catch (PeriodSelection.KindRefusal e) {
      List<Finding> findings = new ArrayList<>(read.findings());
      findings.add(Finding.error("period.notOfKind", where(input), e.getMessage()));
      return List.of(Checked.of(input, Optional.empty(), findings));
    }
    if (periods.isEmpty()) {
      List<Finding> findings = new ArrayList<>(read.findings());
      findings.add(noPeriods(input));
      return List.of(Checked.of(input, Optional.empty(), findings));
    }
    List<Checked> items = new ArrayList<>();
    for (Period period : periods) {
      InputPipeline.Loaded loaded = settings.pipeline().judge(read, period);
      items.add(Checked.of(input, Optional.of(period.code()), loaded.findings()));
    }
    return items;
  }

  /**
   * The period to read with: the one period a selection names (so {@code check --period P} reads as
   * {@code render --period P} does), else the Rapport sheet's, as a batch reads.
   */
  private Period readPeriod() {
    if (settings.periods() instanceof PeriodSelection.Listed listed
        && listed.periods().size() == 1) {
      return listed.periods().get(0);
    }
    return null;
  }

  /** The finding of a unit with no period to check (none given and none in its Rapport sheet). */
  static Finding noPeriods(Path input) {
    return Finding.error("batch.noPeriods", where(input), BatchText.noPeriods());
  }

  private static SourceRef where(Path input) {
    Path name = input.getFileName();
    return SourceRef.file(name == null ? input.toString() : name.toString());
  }
}

package se.tertial.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.rules.ReportEvaluation;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.PeriodSelection;

/**
 * The input argument, {@code --period}, {@code --kind} and the judgement settings shared by the
 * commands that read one workbook ({@code check}, {@code evaluate}, {@code render}, {@code diff}),
 * with the one pipeline they all load it through. A command's own wording of these options, where
 * it has one, is in {@code usage.properties} ({@code tertial.<command>.<key>} and {@code
 * tertial.<command>.<key>.label}).
 */
final class InputOptions {

  @Parameters(
      index = "0",
      paramLabel = "<indata>",
      descriptionKey = "input",
      description = "Arbetsbok (.xlsx) eller mapp med CSV-filer.")
  Path input;

  /** What {@code --period} asks for, or null: the Rapport sheet's period. */
  @Option(
      names = "--period",
      paramLabel = "P",
      descriptionKey = "period",
      converter = PeriodSelectionConverter.class,
      description = "Perioden, t.ex. 2022-T1 (standard: fältet Period i bladet Rapport).")
  PeriodSelection periods;

  /**
   * The one period {@code --period} names, or null (the Rapport sheet's). Only {@code render} takes
   * several; the other commands refuse a list, a range or {@code all} with a usage error.
   */
  Period period() {
    if (periods == null) {
      return null;
    }
    if (periods instanceof PeriodSelection.Listed listed && listed.periods().size() == 1) {
      return listed.periods().get(0);
    }
    throw new UserException(CliMessages.get("period.single"));
  }

  @Option(
      names = "--kind",
      paramLabel = "TYP",
      descriptionKey = "kind",
      completionCandidates = KindNames.class,
      description = "Rapporttyp i stället för bladet Rapports: ${COMPLETION-CANDIDATES}.")
  String kind;

  @Mixin JudgementOptions judgement;

  /** The pipeline with these judgement settings. */
  InputPipeline pipeline() {
    return new InputPipeline(judgement.options());
  }

  /**
   * What {@code render} renders of one period: the period {@code --period} names (for the report's
   * kind to confirm, when it is a form only some kinds read), else the Rapport sheet's.
   */
  PeriodSelection onePeriod() {
    return period() == null ? new PeriodSelection.ReportPeriod() : periods;
  }

  /**
   * Reads, validates and judges the input.
   *
   * @throws UserException when {@code --period} is in a form the input's kind does not read
   */
  InputPipeline.Loaded load(InputPipeline pipeline) {
    InputPipeline.Loaded loaded = pipeline.load(input, period(), kind);
    loaded
        .evaluation()
        .map(ReportEvaluation::report)
        .ifPresent(
            report ->
                refusingKindRefusal(
                    () ->
                        onePeriod()
                            .periodsFor(report, pipeline.periodReader(report.info().kind()))));
    return loaded;
  }

  /**
   * The one period {@code written} names, as the kind of {@code read}'s report reads it (a plan's
   * bare year); as every kind reads it when nothing could be read (the findings then say why).
   *
   * @throws UserException when the report's kind does not read the period as written
   */
  static Period confirmed(PeriodSelection.Listed written, ReadResult read, InputPipeline pipeline) {
    Period period = written.single().orElseThrow();
    return read.report()
        .map(
            report ->
                refusingKindRefusal(
                    () ->
                        written
                            .periodsFor(report, pipeline.periodReader(report.info().kind()))
                            .get(0)))
        .orElse(period);
  }

  /** The result of {@code work}; a period the input's kind does not read a usage error (exit 2). */
  static <T> T refusingKindRefusal(Supplier<T> work) {
    try {
      return work.get();
    } catch (PeriodSelection.KindRefusal e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * Reads, validates and judges the input with this command's settings.
   *
   * @throws UserException listing every finding when the input has errors
   */
  InputPipeline.Loaded loadOrFail() {
    InputPipeline.Loaded loaded = load(pipeline());
    if (loaded.hasErrors()) {
      throw new UserException(describe(loaded.findings()));
    }
    return loaded;
  }

  /** One line per finding, {@code fel: …} or {@code varning: …}. */
  static String describe(List<Finding> findings) {
    return findings.stream().map(Finding::line).collect(Collectors.joining(System.lineSeparator()));
  }
}

package se.tertial.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.model.Finding;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.render.text.EvaluationCsvWriter;
import se.tertial.render.text.EvaluationJsonWriter;
import se.tertial.render.text.EvaluationTableWriter;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/**
 * {@code tertial evaluate}: reads the input, judges every measure for a period and prints the
 * judgements as a table, JSON or CSV.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Bedöm måluppfyllelse och utveckling för varje styrmått.")
final class EvaluateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<indata>", description = "Arbetsbok eller CSV-mapp.")
  private Path input;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Perioden att bedöma, t.ex. 2022-T1 (standard: rapportens period).")
  private String period;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, json eller csv (standard: ${DEFAULT-VALUE}).")
  private Format format = Format.table;

  @Option(
      names = "--tolerance",
      paramLabel = "N",
      description = "Toleransgräns i procent av målvärdet (standard: rapportens, annars 10).")
  private BigDecimal tolerance;

  @Option(
      names = "--trend-base",
      paramLabel = "BAS",
      description = "same-period-last-year (standard) eller previous-period.")
  private String trendBase = "same-period-last-year";

  @Option(names = "--strict", description = "Slutkod 1 om det finns varningar.")
  private boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvaluationOptions options = options();
    ReadResult read = ReportReader.read(input);
    if (read.hasErrors() || read.report().isEmpty()) {
      read.findings().forEach(f -> err.println(label(f)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Report report = read.report().get();
    ReportEvaluation evaluation = new ReportEvaluator(options).evaluate(report, periodOf(report));
    List<Finding> all = new ArrayList<>(read.findings());
    all.addAll(evaluation.findings());
    switch (format) {
      case json -> out.print(EvaluationJsonWriter.toJson(withFindings(evaluation, all)));
      case csv -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvaluationCsvWriter.write(evaluation, bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
      }
      case table -> {
        EvaluationTableWriter.write(evaluation, out, useColour());
      }
    }
    out.flush();
    if (format != Format.json) {
      all.forEach(f -> err.println(label(f)));
      err.flush();
    }
    boolean warnings = !all.isEmpty();
    return strict && warnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private EvaluationOptions options() {
    EvaluationOptions.TrendBase base =
        switch (trendBase.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "same-period-last-year", "same-period-previous-year" ->
              EvaluationOptions.TrendBase.SAME_PERIOD_PREVIOUS_YEAR;
          case "previous-period" -> EvaluationOptions.TrendBase.PREVIOUS_PERIOD;
          default ->
              throw new picocli.CommandLine.ParameterException(
                  spec.commandLine(), CliMessages.get("evaluate.trendBase", trendBase));
        };
    if (tolerance != null && tolerance.signum() < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.tolerance", tolerance));
    }
    return new EvaluationOptions(tolerance, base);
  }

  private Period periodOf(Report report) {
    if (period != null) {
      try {
        return Period.parse(period);
      } catch (InvalidValueException e) {
        throw new UserException(CliMessages.get("usage.error", e.getMessage()));
      }
    }
    if (report.info().period() != null) {
      return report.info().period();
    }
    if (report.periods().isEmpty()) {
      throw new UserException(CliMessages.get("evaluate.noPeriod"));
    }
    return report.periods().last();
  }

  /** The JSON carries the reader's findings too, so a script sees everything in one place. */
  private static ReportEvaluation withFindings(ReportEvaluation evaluation, List<Finding> all) {
    return new ReportEvaluation(
        evaluation.report(), evaluation.period(), evaluation.measures(), all);
  }

  private static String label(Finding f) {
    return f.severity().label() + ": " + f;
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  private static boolean useColour() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }
}

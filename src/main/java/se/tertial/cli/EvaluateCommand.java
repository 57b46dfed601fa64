package se.tertial.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.model.Finding;
import se.tertial.model.Report;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.text.EvaluationCsvWriter;
import se.tertial.text.EvaluationJsonWriter;
import se.tertial.text.EvaluationTableWriter;

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

  @Mixin InputOptions source;

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
      description =
          "same-period-last-year eller previous-period (standard: fältet Trendbas i bladet"
              + " Rapport, annars same-period-last-year).")
  private String trendBase;

  @Option(names = "--strict", description = "Slutkod 1 om det finns varningar.")
  private boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvaluationOptions options = options();
    InputOptions.Loaded loaded = source.load();
    Report report = loaded.report();
    ReportEvaluation evaluation =
        new ReportEvaluator(options).evaluate(report, source.periodOf(report));
    List<Finding> all = new ArrayList<>(loaded.warnings());
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
    if (format != Format.json && !all.isEmpty()) {
      err.println(InputOptions.describe(all));
      err.flush();
    }
    boolean warnings = !all.isEmpty();
    return strict && warnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private EvaluationOptions options() {
    EvaluationOptions.TrendBase base;
    try {
      base = trendBase == null ? null : EvaluationOptions.TrendBase.parse(trendBase);
    } catch (se.tertial.model.InvalidValueException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.trendBase", trendBase));
    }
    if (tolerance != null && tolerance.signum() < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.tolerance", tolerance));
    }
    return new EvaluationOptions(tolerance, base);
  }

  /** The JSON carries the reader's findings too, so a script sees everything in one place. */
  private static ReportEvaluation withFindings(ReportEvaluation evaluation, List<Finding> all) {
    return new ReportEvaluation(
        evaluation.report(), evaluation.period(), evaluation.measures(), all);
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  private static boolean useColour() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }
}

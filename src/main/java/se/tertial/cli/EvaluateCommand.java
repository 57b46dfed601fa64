package se.tertial.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.model.Finding;
import se.tertial.rules.ReportEvaluation;
import se.tertial.text.EvaluationCsvWriter;
import se.tertial.text.EvaluationJsonWriter;
import se.tertial.text.EvaluationTableWriter;
import se.tertial.workflow.InputPipeline;

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

  @Option(names = "--strict", description = "Slutkod 1 om det finns varningar.")
  private boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputPipeline.Loaded loaded = source.loadOrFail();
    ReportEvaluation evaluation = loaded.evaluation().orElseThrow();
    List<Finding> all = loaded.findings();
    switch (format) {
      case json -> out.print(EvaluationJsonWriter.toJson(loaded.evaluationWithAllFindings()));
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

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  private static boolean useColour() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }
}

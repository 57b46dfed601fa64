package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.model.Finding;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;

/** {@code tertial check}: reads and validates a workbook and lists every finding. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Kontrollera indata och lista alla anmärkningar.")
final class CheckCommand implements Callable<Integer> {

  /** Output formats of {@code --format}. */
  enum Format {
    TEXT,
    JSON
  }

  @Parameters(
      index = "0",
      paramLabel = "<indata>",
      description = "Arbetsbok (.xlsx) eller mapp med CSV-filer.")
  private Path input;

  @Option(
      names = "--period",
      paramLabel = "<period>",
      description = "Rapportperiod, t.ex. 2022-T1 (annars fältet Period i bladet Rapport).")
  private String period;

  @Option(
      names = "--kind",
      paramLabel = "<rapporttyp>",
      description =
          "Rapporttyp i stället för bladet Rapports: delarsbilaga, uppdragsaterkoppling,"
              + " manadsuppfoljning eller verksamhetsplan.")
  private String kind;

  @Option(names = "--strict", description = "Slutkod 1 även när det bara finns varningar.")
  private boolean strict;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Utdataformat: text (standard) eller json.")
  private Format format = Format.TEXT;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Period override = parsePeriod();
    ReadResult result = ReportReader.read(input, override, kind);
    List<Finding> findings = new java.util.ArrayList<>(result.findings());
    // The rule engine's findings (unjudgeable targets, disagreeing Bedömning, fraction targets):
    // the same function render, evaluate and batch judge with, so --strict fails where they warn.
    if (!result.hasErrors() && result.report().isPresent()) {
      var report = result.report().get();
      Period judged = se.tertial.rules.TargetChecks.periodOf(report, override);
      if (judged != null) {
        findings.addAll(
            se.tertial.rules.TargetChecks.findings(
                report, judged, se.tertial.rules.EvaluationOptions.defaults()));
      }
    }
    long errors = findings.stream().filter(Finding::isError).count();
    long warnings = findings.size() - errors;
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(FindingsJson.write(input.toString(), findings, errors, warnings));
    } else {
      findings.forEach(f -> out.println(f.severity().label() + ": " + f));
      out.println(
          findings.isEmpty()
              ? CliMessages.get("check.ok")
              : CliMessages.get("check.summary", errors, warnings));
    }
    out.flush();
    if (errors > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return strict && warnings > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Period parsePeriod() {
    if (period == null) {
      return null;
    }
    try {
      return Period.parse(period);
    } catch (InvalidValueException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), CliMessages.get("check.badPeriod", e.getMessage()));
    }
  }
}

package se.tertial.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.tertial.model.Finding;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;

/**
 * The input argument and {@code --period} option shared by the commands that read one workbook
 * ({@code evaluate}, {@code render}, {@code diff}), with the one way they all load it: errors in
 * the input end the command with exit 2 and every finding listed.
 */
final class InputOptions {

  @Parameters(
      index = "0",
      paramLabel = "<indata>",
      description = "Arbetsbok (.xlsx) eller mapp med CSV-filer.")
  Path input;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Perioden, t.ex. 2022-T1 (standard: fältet Period i bladet Rapport).")
  String period;

  /** A successfully read report with the reader's warnings. */
  record Loaded(Report report, List<Finding> warnings) {}

  /**
   * Reads the input.
   *
   * @throws UserException listing every finding when the input has errors
   */
  Loaded load() {
    ReadResult read = ReportReader.read(input);
    if (read.hasErrors() || read.report().isEmpty()) {
      throw new UserException(describe(read.findings()));
    }
    return new Loaded(read.report().get(), read.findings());
  }

  /** The period asked for with {@code --period}, else the report's own, else its latest. */
  Period periodOf(Report report) {
    if (period != null) {
      return parsePeriod(period, "--period");
    }
    if (report.info().period() != null) {
      return report.info().period();
    }
    if (report.periods().isEmpty()) {
      throw new UserException(CliMessages.get("usage.error", CliMessages.get("evaluate.noPeriod")));
    }
    return report.periods().last();
  }

  /** Reads a period option, naming the option in the message when it is no period. */
  static Period parsePeriod(String text, String option) {
    try {
      return Period.parse(text);
    } catch (InvalidValueException e) {
      throw new UserException(CliMessages.get("usage.error", option + ": " + e.getMessage()));
    }
  }

  /** One line per finding, {@code fel: …} or {@code varning: …}. */
  static String describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.severity().label() + ": " + f)
        .collect(Collectors.joining(System.lineSeparator()));
  }
}

package se.tertial.cli;

import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.tertial.rules.EvaluationOptions;

/**
 * The judgement settings every judging command takes ({@code check}, {@code evaluate}, {@code
 * render}, {@code diff}, {@code batch}): the tolerance band and what trends compare with.
 */
final class JudgementOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

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

  /** The settings, or a usage error naming the bad value. */
  EvaluationOptions options() {
    EvaluationOptions.TrendBase base =
        switch (trendBase.strip().toLowerCase(Locale.ROOT)) {
          case "same-period-last-year", "same-period-previous-year" ->
              EvaluationOptions.TrendBase.SAME_PERIOD_PREVIOUS_YEAR;
          case "previous-period" -> EvaluationOptions.TrendBase.PREVIOUS_PERIOD;
          default ->
              throw new ParameterException(
                  spec.commandLine(), CliMessages.get("evaluate.trendBase", trendBase));
        };
    if (tolerance != null && tolerance.signum() < 0) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.tolerance", tolerance));
    }
    return new EvaluationOptions(tolerance, base);
  }
}

package se.tertial.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.tertial.model.InvalidValueException;
import se.tertial.model.TrendBase;
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
      description =
          "same-period-last-year eller previous-period (standard: fältet Trendbas i bladet"
              + " Rapport, annars same-period-last-year).")
  private String trendBase;

  /** The settings, or a usage error naming the bad value. */
  EvaluationOptions options() {
    TrendBase base;
    try {
      // null: the Rapport sheet's Trendbas, else the same period last year.
      base = trendBase == null ? null : TrendBase.parse(trendBase);
    } catch (InvalidValueException e) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.trendBase", trendBase));
    }
    if (tolerance != null && tolerance.signum() < 0) {
      throw new ParameterException(
          spec.commandLine(), CliMessages.get("evaluate.tolerance", tolerance));
    }
    return new EvaluationOptions(tolerance, base);
  }
}

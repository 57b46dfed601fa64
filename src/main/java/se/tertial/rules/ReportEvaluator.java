package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Period;
import se.tertial.model.Report;

/** Judges every measure of a report for one period. Stateless and thread-safe. */
public final class ReportEvaluator {
  private final EvaluationOptions options;

  public ReportEvaluator(EvaluationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Judges every measure of {@code report} for {@code period}, in the report's order. */
  public ReportEvaluation evaluate(Report report, Period period) {
    throw new UnsupportedOperationException("TODO: the rule engine is being built " + options);
  }
}

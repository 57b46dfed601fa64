package se.tertial.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.tertial.model.Finding;
import se.tertial.model.JudgementSettings;
import se.tertial.model.Period;
import se.tertial.model.Report;

/** Judges every measure of a report for one period. Stateless and thread-safe. */
public final class ReportEvaluator {
  private final EvaluationOptions options;

  public ReportEvaluator(EvaluationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Judges every measure of {@code report} for {@code period}, in the report's order. The settings
   * are the options' where given, else the report's ({@code Toleransgräns}, {@code Trendbas}); the
   * evaluation carries the settings used, so every output (JSON, PDF legend) states the same ones.
   */
  public ReportEvaluation evaluate(Report report, Period period) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(period, "period");
    JudgementSettings settings = options.settingsFor(report.info());
    Tolerance tolerance = new Tolerance(settings.tolerance(), settings.absoluteTolerance());
    MeasureEvaluator measures =
        new MeasureEvaluator(report, period, tolerance, settings.trendBase());
    List<MeasureJudgement> judged = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    report.measures().forEach(m -> judged.add(measures.judge(m, findings::add)));
    return new ReportEvaluation(report, period, settings, judged, findings);
  }
}

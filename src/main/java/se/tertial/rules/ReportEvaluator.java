package se.tertial.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;

/** Judges every measure of a report for one period. Stateless and thread-safe. */
public final class ReportEvaluator {
  private final EvaluationOptions options;

  public ReportEvaluator(EvaluationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Judges every measure of {@code report} for {@code period}, in the report's order. The settings
   * are the options' where given, else the report's ({@code Toleransgräns}, {@code Trendbas}); the
   * evaluation's report carries the settings used, so every output (JSON, PDF legend) states the
   * same ones.
   */
  public ReportEvaluation evaluate(Report report, Period period) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(period, "period");
    ReportInfo info = report.info();
    BigDecimal percent = options.tolerance() != null ? options.tolerance() : info.tolerance();
    Tolerance tolerance = new Tolerance(percent, info.absoluteTolerance());
    EvaluationOptions.TrendBase base =
        options.trendBase() != null
            ? options.trendBase()
            : info.trendBase() == null
                ? EvaluationOptions.TrendBase.SAME_PERIOD_PREVIOUS_YEAR
                : EvaluationOptions.TrendBase.parse(info.trendBase());
    report = report.withInfo(info.withSettings(percent, base.code()));
    MeasureEvaluator measures = new MeasureEvaluator(report, period, tolerance, base);
    List<MeasureJudgement> judged = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    report.measures().forEach(m -> judged.add(measures.judge(m, findings::add)));
    return new ReportEvaluation(report, period, judged, findings);
  }
}

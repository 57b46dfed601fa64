package se.tertial.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.TemplateRenderer;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.ReportEvaluation;

/**
 * How time and allocation grow with the report: generated reports of 50, 200 and 800 measures,
 * actions in the sample's proportion, outcomes for two periods. Run with {@code -prof gc} for the
 * allocated bytes per render ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Duser.timezone=UTC", "-Djava.awt.headless=true"})
public class ScalingBenchmark {

  @Param({"50", "200", "800"})
  public int measures;

  private Report report;
  private ReportEvaluation evaluation;
  private AppendixViewModel model;
  private String xhtml;
  private TemplateRenderer renderer;

  @Setup(Level.Trial)
  public void setUp() {
    report =
        Inputs.generate(
            Inputs.sample(),
            "Division Skalning",
            measures,
            List.of(Period.tertial(2021, 1), Period.tertial(2022, 1)),
            measures);
    evaluation = Inputs.evaluate(report);
    model = new AppendixViewModelBuilder().build(evaluation, "");
    renderer = new TemplateRenderer(TemplateEngine.bundled());
    xhtml = renderer.xhtml(model, report.info().kind() + ".ftl", true, false);
  }

  /** Judge + view model + template + PDF/UA + PDF/A. */
  @Benchmark
  public byte[] render() {
    return Inputs.renderPdf(renderer, report);
  }

  /** Judging only. */
  @Benchmark
  public ReportEvaluation evaluate() {
    return Inputs.evaluate(report);
  }

  /** View model + template only. */
  @Benchmark
  public String xhtml() {
    AppendixViewModel m = new AppendixViewModelBuilder().build(evaluation, "");
    return renderer.xhtml(m, report.info().kind() + ".ftl", true, false);
  }

  public int xhtmlLength() {
    return xhtml.length() + model.hashCode();
  }
}

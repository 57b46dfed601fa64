package se.tertial.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;

import se.tertial.render.TemplateRenderer;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.ReportEvaluation;

/** The stages of rendering the sample that do not involve the PDF writer: read, judge, template. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Duser.timezone=UTC", "-Djava.awt.headless=true"})
public class PipelineBenchmark {

  private Path xlsx;
  private Path csv;
  private Report report;
  private ReportEvaluation evaluation;
  private AppendixViewModel model;
  private TemplateRenderer renderer;

  @Setup(Level.Trial)
  public void setUp() {
    xlsx = Inputs.sampleXlsx();
    csv = Inputs.sampleCsv();
    report = Inputs.sample();
    evaluation = Inputs.evaluate(report);
    model = new AppendixViewModelBuilder().build(evaluation, "");
    renderer = new TemplateRenderer(TemplateEngine.bundled());
  }

  /** The workbook → {@code Report} (POI, validation). */
  @Benchmark
  public ReadResult readXlsx() {
    return Inputs.read(xlsx);
  }

  /** The CSV folder → {@code Report}. */
  @Benchmark
  public ReadResult readCsv() {
    return Inputs.read(csv);
  }

  /** Judging every measure for the period. */
  @Benchmark
  public ReportEvaluation evaluate() {
    return Inputs.evaluate(report);
  }

  /** The evaluation → view model. */
  @Benchmark
  public AppendixViewModel viewModel() {
    return new AppendixViewModelBuilder().build(evaluation, "");
  }

  /** The view model → XHTML through the bundled FreeMarker templates (paged layout). */
  @Benchmark
  public String xhtml() {
    return renderer.xhtml(model, report.info().kind() + ".ftl", true, false);
  }
}

package se.tertial.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.tertial.model.Report;

import se.tertial.render.TemplateRenderer;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.files.Logo;
import se.tertial.render.LogoDataUri;
import se.tertial.pdf.PdfDates;
import se.tertial.pdf.PdfWriter;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.ReportEvaluation;

/**
 * The PDF side of the sample (25 pages), with PDF/UA-1 + PDF/A-2u ({@code ua+a}, what tertial
 * writes) and without ({@code plain}, to show what conformance costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Duser.timezone=UTC", "-Djava.awt.headless=true"})
public class RenderBenchmark {

  @Param({"ua+a", "plain"})
  public String pdf;

  private Path xlsx;
  private Report report;
  private String xhtml;
  private PdfDates dates;
  private PdfWriter writer;
  private AppendixViewModel model;
  private TemplateRenderer renderer;

  @Setup(Level.Trial)
  public void setUp() {
    xlsx = Inputs.sampleXlsx();
    report = Inputs.sample();
    ReportEvaluation evaluation = Inputs.evaluate(report);
    model = new AppendixViewModelBuilder().build(evaluation, "");
    writer = pdf.equals("plain") ? PdfWriter.withoutPdfUaAndPdfA() : new PdfWriter();
    renderer = new TemplateRenderer(TemplateEngine.bundled(), writer);
    xhtml = renderer.xhtml(model, report.info().kind() + ".ftl", true, false);
    dates = Inputs.dates(report);
  }

  /** XHTML → PDF bytes (layout, fonts, tagging, save). */
  @Benchmark
  public byte[] xhtmlToPdf() {
    return writer.write(xhtml, dates);
  }

  /** View model → template → PDF: the render of an already judged report. */
  @Benchmark
  public byte[] modelToPdf() {
    return renderer.pdf(model, report.info().kind() + ".ftl", false, dates);
  }

  /** The whole in-process render as the CLI does it: workbook → read → judge → PDF bytes. */
  @Benchmark
  public byte[] fullFromXlsx() {
    Report read = Inputs.orFail(Inputs.read(xlsx));
    ReportEvaluation evaluation = Inputs.evaluate(read);
    AppendixViewModel m =
        new AppendixViewModelBuilder().build(evaluation, LogoDataUri.of(Logo.beside(xlsx)));
    return renderer.pdf(m, read.info().kind() + ".ftl", false, Inputs.dates(read));
  }
}

package se.tertial.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.TemplateRenderer;
import se.tertial.render.TemplateEngine;

/**
 * Renders one generated report of {@code measures} measures (argument 1, default 800) and prints
 * its time, size and the heap limit; exit code 0 when it rendered. With {@code --warmup} the
 * sample is rendered twice first, so the time is the report's own rather than the JVM's warm-up
 * (what {@code src/bench/cli-bench.sh} compares from 50 to 800 measures); a further argument is a
 * file to write the PDF to. Run it under a small heap: {@code java -Xmx512m -cp
 * target/benchmarks.jar se.tertial.bench.LargeReportCheck 800 --warmup}.
 */
public final class LargeReportCheck {
  private LargeReportCheck() {}

  public static void main(String[] args) throws Exception {
    int measures = args.length > 0 ? Integer.parseInt(args[0]) : 800;
    boolean warmup = args.length > 1 && args[1].equals("--warmup");
    Path output = args.length > 2 ? Path.of(args[2]) : null;
    TemplateRenderer renderer = new TemplateRenderer(TemplateEngine.bundled());
    Report sample = Inputs.sample();
    if (warmup) {
      Inputs.renderPdf(renderer, sample);
      Inputs.renderPdf(renderer, sample);
    }
    Report report =
        Inputs.generate(
            sample,
            "Division Skalning",
            measures,
            List.of(Period.tertial(2021, 1), Period.tertial(2022, 1)),
            measures);
    long start = System.nanoTime();
    byte[] pdf = Inputs.renderPdf(renderer, report);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (output != null) {
      Files.write(output, pdf);
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "%d measures, %d actions: %d kB PDF in %.2f s (%s), max heap %d MB%n",
        measures,
        report.actions().size(),
        pdf.length / 1024,
        seconds,
        warmup ? "after warm-up" : "first render in the JVM",
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}

package se.tertial.bench;

import java.util.List;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.AppendixRenderer;
import se.tertial.render.TemplateEngine;

/**
 * Renders one generated report of {@code measures} measures (argument 1, default 800) and prints
 * its time, size and the heap limit; exit code 0 when it rendered. Run it under a small heap: {@code
 * java -Xmx256m -cp target/benchmarks.jar se.tertial.bench.LargeReportCheck 800}.
 */
public final class LargeReportCheck {
  private LargeReportCheck() {}

  public static void main(String[] args) {
    int measures = args.length > 0 ? Integer.parseInt(args[0]) : 800;
    Report report =
        Inputs.generate(
            Inputs.sample(),
            "Division Skalning",
            measures,
            List.of(Period.tertial(2021, 1), Period.tertial(2022, 1)),
            measures);
    long start = System.nanoTime();
    byte[] pdf = Inputs.renderPdf(new AppendixRenderer(TemplateEngine.bundled()), report);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d measures, %d actions: %d kB PDF in %.2f s (first render in the JVM), max heap %d MB%n",
        measures,
        report.actions().size(),
        pdf.length / 1024,
        seconds,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}

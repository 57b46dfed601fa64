package se.tertial.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.tertial.model.Report;
import se.tertial.render.TemplateRenderer;
import se.tertial.render.TemplateEngine;

/**
 * Plain (non-JMH) batch run: 30 generated units × 6 periods rendered on {@code threads} threads
 * (argument 1, default 2), once to warm up and then {@code rounds} times (argument 2, default 3);
 * prints each round's appendices per second. Run: {@code java -cp target/benchmarks.jar
 * se.tertial.bench.BatchThroughput 2 3}.
 */
public final class BatchThroughput {
  private BatchThroughput() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Report> jobs = BatchBenchmark.jobs();
    TemplateRenderer renderer = new TemplateRenderer(TemplateEngine.bundled());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round <= rounds; round++) {
        long start = System.nanoTime();
        List<Future<byte[]>> done = new ArrayList<>();
        for (Report job : jobs) {
          done.add(pool.submit(() -> Inputs.renderPdf(renderer, job)));
        }
        long bytes = 0;
        for (Future<byte[]> f : done) {
          bytes += f.get().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%s: %d appendices on %d threads in %.2f s = %.1f appendices/s (%d kB in all)%n",
            round == 0 ? "warm-up" : "round " + round,
            jobs.size(),
            threads,
            seconds,
            jobs.size() / seconds,
            bytes / 1024);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

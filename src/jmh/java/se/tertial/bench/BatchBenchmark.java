package se.tertial.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.render.TemplateRenderer;
import se.tertial.render.TemplateEngine;

/**
 * Batch throughput: 30 generated units × 6 periods (180 appendices, each the sample's size),
 * rendered by two threads sharing one {@link TemplateRenderer} (each render judges, builds its own
 * view model and its own PDF builder). The score in ops/s is appendices per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Duser.timezone=UTC", "-Djava.awt.headless=true"})
public class BatchBenchmark {

  static final int UNITS = 30;

  private List<Report> jobs;
  private TemplateRenderer renderer;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() {
    jobs = jobs();
    renderer = new TemplateRenderer(TemplateEngine.bundled());
  }

  /** The 180 (unit, period) reports, each already set to its period. */
  static List<Report> jobs() {
    Report sample = Inputs.sample();
    List<Period> periods = Inputs.sixPeriods();
    List<Report> jobs = new ArrayList<>();
    for (int u = 0; u < UNITS; u++) {
      Report unit =
          Inputs.generate(
              sample, String.format("Enhet %02d", u + 1), sample.measures().size(), periods, u);
      for (Period p : periods) {
        jobs.add(unit.forPeriod(p));
      }
    }
    return jobs;
  }

  /** One appendix: the next (unit, period) in turn. */
  @Benchmark
  public byte[] appendix() {
    Report report = jobs.get(Math.floorMod(next.getAndIncrement(), jobs.size()));
    return Inputs.renderPdf(renderer, report);
  }
}

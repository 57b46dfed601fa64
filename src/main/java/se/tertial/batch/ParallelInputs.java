package se.tertial.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Many inputs worked on at once, on a fixed pool, the results in input order: what {@code batch}
 * and {@code check} over many units share. A worker holds one input at a time, so memory stays
 * bounded by the pool's size, not the number of inputs.
 */
final class ParallelInputs {
  private ParallelInputs() {}

  /**
   * {@code work} on every input, on {@code jobs} threads; the lists it returns, joined in input
   * order.
   *
   * @throws RuntimeException what {@code work} threw, as it was (a bug: one input's failure is
   *     {@code work}'s to report as a result)
   */
  static <T> List<T> run(List<Path> inputs, int jobs, Function<Path, List<T>> work) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (Path input : inputs) {
        futures.add(pool.submit(() -> work.apply(input)));
      }
      List<T> results = new ArrayList<>();
      for (Future<List<T>> future : futures) {
        results.addAll(await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> await(Future<List<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

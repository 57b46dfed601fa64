package se.tertial.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Runs one piece of shared, supposedly thread-safe work from many threads at once. */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Maps {@code inputs} with {@code work} in {@code tasks} tasks on a pool of {@code threads},
   * {@code rounds} times each, and returns per task the first result list that differs from {@code
   * expected}, or its last one: all equal to {@code expected} means no task ever saw another
   * result.
   */
  public static <T, R> List<List<R>> results(
      List<T> inputs, Function<T, R> work, List<R> expected, int tasks, int threads, int rounds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<R>>> futures = new ArrayList<>();
      for (int task = 0; task < tasks; task++) {
        futures.add(
            pool.submit(
                () -> {
                  List<R> last = List.of();
                  for (int round = 0; round < rounds; round++) {
                    last = inputs.stream().map(work).toList();
                    if (!last.equals(expected)) {
                      return last;
                    }
                  }
                  return last;
                }));
      }
      List<List<R>> results = new ArrayList<>();
      for (Future<List<R>> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS)); // a hang guard, not a timing
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

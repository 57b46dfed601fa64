package se.tertial.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Waits until the watched files have changed and then stayed unchanged for a quiet period: a
 * program saving a file writes it in several steps (Excel: a temporary file, then renames), and
 * only the last state is worth rendering. Several saves in a row give one render.
 */
final class ChangeWaiter {
  private final List<Path> roots;
  private final Predicate<Path> ignored;
  private final Duration poll;
  private final Duration quiet;
  private Snapshot last;

  ChangeWaiter(List<Path> roots, Predicate<Path> ignored, Duration poll, Duration quiet) {
    this.roots = List.copyOf(roots);
    this.ignored = ignored;
    this.poll = poll;
    this.quiet = quiet;
    this.last = Snapshot.of(this.roots, ignored);
  }

  /** Forgets earlier changes: the files as they are now count as rendered. */
  void rebase() {
    last = Snapshot.of(roots, ignored);
  }

  /**
   * Blocks until a change has settled (returns true) or {@code stopped} says so (returns false).
   */
  boolean awaitSettledChange(BooleanSupplier stopped) throws InterruptedException {
    Optional<Long> changedAt = Optional.empty();
    while (!stopped.getAsBoolean()) {
      Thread.sleep(poll.toMillis());
      Snapshot now = Snapshot.of(roots, ignored);
      long nanos = System.nanoTime();
      if (!now.equals(last)) {
        last = now;
        changedAt = Optional.of(nanos);
      } else if (changedAt.isPresent() && nanos - changedAt.get() >= quiet.toNanos()) {
        return true;
      }
    }
    return false;
  }
}

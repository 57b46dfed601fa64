package se.tertial.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files an atomic write has created and not yet moved into place, removed when the
 * JVM is stopped (Ctrl-C, SIGTERM from a service manager or a CI timeout) as they are on errors:
 * before, a render stopped while it synced its output left a full-size {@code .ut.pdf.<hex>.tmp}
 * behind. SIGKILL cannot be caught; the names are hidden and random, so such a leftover never takes
 * the place of a real output. Thread-safe.
 *
 * <p>The one piece of process-wide state in tertial's file handling, because the JVM's shutdown
 * hooks are process-wide themselves.
 */
public final class TemporaryFiles {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    try {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(TemporaryFiles::removeAll, "tertial-temporary-files"));
    } catch (IllegalStateException alreadyShuttingDown) {
      // Nothing to register for: the JVM is already stopping.
    }
  }

  private TemporaryFiles() {}

  /** Notes a temporary file just created; it is removed if the JVM stops before {@link #done}. */
  public static void created(Path temporary) {
    PENDING.add(temporary.toAbsolutePath());
  }

  /** The temporary file was moved into place or deleted: nothing left to remove. */
  public static void done(Path temporary) {
    PENDING.remove(temporary.toAbsolutePath());
  }

  /** How many temporary files await their move (for tests). */
  static int pending() {
    return PENDING.size();
  }

  static void removeAll() {
    for (Path temporary : PENDING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException | RuntimeException ignored) {
        // Best effort while the JVM stops; the name is hidden and never read as output.
      }
    }
  }
}

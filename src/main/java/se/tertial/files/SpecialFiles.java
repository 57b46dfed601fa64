package se.tertial.files;

import java.nio.file.Path;
import java.util.Optional;
import se.tertial.model.FileType;

/**
 * Paths that are neither files nor folders: named pipes (FIFOs), devices and sockets. tertial never
 * opens one for reading (a FIFO waits for a writer that never comes: check, render and a whole
 * batch hung on one) and never replaces one (renaming a new file over {@code /dev/full} or a device
 * node replaces the node, as root). Links are followed: a link to a FIFO is a FIFO. Stateless.
 */
public final class SpecialFiles {
  private SpecialFiles() {}

  /**
   * What {@code path} is, in Swedish ("en namngiven pipe (FIFO)", "en enhet", "ett uttag
   * (socket)"), when it is special; empty for a regular file, a folder or nothing at all.
   */
  public static Optional<String> describe(Path path) {
    return FileType.special(path)
        .map(
            type ->
                switch (type) {
                  case FIFO -> FileErrors.TEXTS.get("special.fifo");
                  case DEVICE -> FileErrors.TEXTS.get("special.device");
                  case SOCKET -> FileErrors.TEXTS.get("special.socket");
                  case OTHER -> FileErrors.TEXTS.get("special.other");
                });
  }

  /** Whether {@code path} is special (see {@link #describe}). */
  public static boolean isSpecial(Path path) {
    return describe(path).isPresent();
  }

  /**
   * Refuses {@code path} as an output: {@code Utfilen X är en enhet och ersätts aldrig; ange en
   * vanlig fil}.
   *
   * @throws OutputException when it is special
   */
  public static void refuseAsOutput(Path path) {
    describe(path)
        .ifPresent(
            what -> {
              throw new OutputException(FileErrors.TEXTS.get("output.special", path, what));
            });
  }
}

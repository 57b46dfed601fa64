package se.tertial.read;

import java.nio.file.Path;
import java.util.Optional;
import se.tertial.model.FileType;

/**
 * Inputs that are neither files nor folders: a named pipe (FIFO), a device or a socket. Opening a
 * FIFO for reading waits for a writer that never comes (check and render hung on one), so such an
 * input is refused by what {@code stat} says ({@link FileType}), before anything opens it.
 */
final class SpecialFiles {
  private SpecialFiles() {}

  /** The message key of what {@code path} is when it is special ({@code input.fifo} …). */
  static Optional<String> messageKey(Path path) {
    return FileType.special(path)
        .map(
            type ->
                switch (type) {
                  case FIFO -> "input.fifo";
                  case DEVICE -> "input.device";
                  case SOCKET -> "input.socket";
                  case OTHER -> "input.special";
                });
  }
}

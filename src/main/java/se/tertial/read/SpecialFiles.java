package se.tertial.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Inputs that are neither files nor folders: a named pipe (FIFO), a device or a socket. Opening a
 * FIFO for reading waits for a writer that never comes (check and render hung on one), so such an
 * input is refused by what {@code stat} says, before anything opens it. The twin of {@code
 * files.SpecialFiles} for the reading side, which refers to nothing but the model.
 */
final class SpecialFiles {
  private static final int TYPE_MASK = 0170000;

  private SpecialFiles() {}

  /** The message key of what {@code path} is when it is special ({@code input.fifo} …). */
  static Optional<String> messageKey(Path path) {
    if (Files.isRegularFile(path) || Files.isDirectory(path) || !Files.exists(path)) {
      return Optional.empty();
    }
    int type;
    try {
      type = ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.of("input.special");
    }
    return Optional.of(
        switch (type) {
          case 0010000 -> "input.fifo";
          case 0020000, 0060000 -> "input.device";
          case 0140000 -> "input.socket";
          default -> "input.special";
        });
  }
}

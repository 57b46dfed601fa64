package se.tertial.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a path that is neither a regular file nor a folder is: a named pipe (FIFO), a device or a
 * socket. Opening a FIFO for reading waits for a writer that never comes, and renaming a new file
 * over a device node replaces the node, so such paths are told apart by what {@code stat} says,
 * before anything opens them. Links are followed: a link to a FIFO is a FIFO. One classification
 * for the reading side and the writing side, each of which words it its own way.
 */
public enum FileType {
  FIFO,
  DEVICE,
  SOCKET,
  /** Special in a way this platform does not name (or whose type could not be read). */
  OTHER;

  private static final int TYPE_MASK = 0170000;

  /** The type of {@code path} when it is special; empty for a file, a folder or nothing at all. */
  public static Optional<FileType> special(Path path) {
    if (Files.isRegularFile(path) || Files.isDirectory(path) || !Files.exists(path)) {
      return Optional.empty();
    }
    int type;
    try {
      type = ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.of(OTHER);
    }
    return Optional.of(
        switch (type) {
          case 0010000 -> FIFO;
          case 0020000, 0060000 -> DEVICE;
          case 0140000 -> SOCKET;
          default -> OTHER;
        });
  }
}

package se.tertial.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old complete file or the new complete file: the
 * bytes go to a temporary file in the target's directory, are flushed to disk, then moved over the
 * target in one step. On any error the target is untouched and the temporary file removed.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code bytes}.
   *
   * @throws RenderException when the directory is missing or not writable
   */
  public static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new RenderException("Katalogen för " + target + " finns inte.");
    }
    if (Files.isDirectory(absolute)) {
      throw new RenderException(target + " är en katalog; ange ett filnamn med -o.");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new RenderException("Kunde inte skriva " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: the target itself was never touched.
        }
      }
    }
  }
}

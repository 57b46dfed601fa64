package se.tertial.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file so that readers see either the old complete file or the new complete file: the
 * bytes go to a temporary file in the target's directory, are flushed to disk, then moved over the
 * target in one step. On any error the target is untouched and the temporary file removed.
 *
 * <p>File modes: a new file gets what the user's umask gives any new file (0644 under umask 022),
 * because the temporary file is created without explicit permissions (unlike {@link
 * Files#createTempFile}, which makes it 0600); a replaced file keeps its own mode.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code bytes}.
   *
   * @throws OutputException when the directory is missing or not writable, the disk is full or the
   *     name too long; the message is Swedish and names {@code target}, never the temporary file
   */
  public static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new OutputException(
          FileErrors.TEXTS.get("output.noFolder", target, dir == null ? target : dir));
    }
    if (Files.isDirectory(absolute)) {
      throw new OutputException(FileErrors.TEXTS.get("output.isFolder", target));
    }
    // A device (/dev/full, /dev/null), a named pipe or a socket: renaming the new file over it
    // would replace the device node itself (as root, /dev/full became a PDF).
    SpecialFiles.refuseAsOutput(target);
    if (FileErrors.nameBytes(absolute) > FileErrors.MAX_NAME_BYTES) {
      throw new OutputException(
          FileErrors.cannotWrite(target, new IOException("File name too long")));
    }
    Path temp = null;
    try {
      temp = createTemp(dir, absolute.getFileName().toString());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepMode(absolute, temp);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      TemporaryFiles.done(temp);
      temp = null;
    } catch (IOException | UnsupportedOperationException e) {
      throw new OutputException(FileErrors.cannotWrite(target, e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: the target itself was never touched.
        }
        TemporaryFiles.done(temp);
      }
    }
  }

  /**
   * A new empty file beside the target, created with the default permissions (0666 less the umask).
   * The name is hidden and random; the name's length is capped so a long target name does not make
   * the temporary name too long.
   */
  private static Path createTemp(Path dir, String targetName) throws IOException {
    String stem = targetName.length() > 100 ? targetName.substring(0, 100) : targetName;
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path temp = dir.resolve("." + stem + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        TemporaryFiles.created(temp);
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** An existing target's POSIX permissions carried over to its replacement. */
  private static void keepMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Set<PosixFilePermission> mode = view.readAttributes().permissions();
    Files.setPosixFilePermissions(temp, mode);
  }
}

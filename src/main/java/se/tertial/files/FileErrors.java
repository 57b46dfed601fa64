package se.tertial.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Says in Swedish why a file could not be written — permission, missing folder, full disk, a name
 * too long — naming the file the user asked for, never the temporary file the failure happened on.
 * These are problems of the environment, not bugs: callers end with exit 2.
 */
public final class FileErrors {
  /** The longest file name (one path segment) most file systems accept, in bytes. */
  public static final int MAX_NAME_BYTES = 255;

  private FileErrors() {}

  /** {@code kan inte skriva <target>: <reason>}. */
  public static String cannotWrite(Path target, Throwable error) {
    return "Kan inte skriva " + target + ": " + reason(target, error) + ".";
  }

  /** The reason alone, e.g. {@code disken är full}. */
  public static String reason(Path target, Throwable error) {
    Path folder = folderOf(target);
    if (error instanceof AccessDeniedException || error instanceof ReadOnlyFileSystemException) {
      return "saknar behörighet att skriva i mappen " + folder;
    }
    if (error instanceof NoSuchFileException || error instanceof NotDirectoryException) {
      return "mappen " + folder + " finns inte";
    }
    if (error instanceof FileAlreadyExistsException) {
      return "det finns redan en fil med det namnet";
    }
    String text = detail(error);
    if (text.contains("no space left") || text.contains("disk quota")) {
      return "disken är full (eller kvoten slut) i mappen " + folder;
    }
    if (text.contains("read-only file system")) {
      return "mappen " + folder + " ligger på en skrivskyddad enhet";
    }
    if (text.contains("permission denied") || text.contains("operation not permitted")) {
      return "saknar behörighet att skriva i mappen " + folder;
    }
    if (text.contains("file name too long") || text.contains("name too long")) {
      return tooLong(target);
    }
    if (error instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return error.getClass().getSimpleName();
  }

  /** The byte length of a path's file name in UTF-8, as most file systems count it. */
  public static int nameBytes(Path path) {
    Path name = path.getFileName();
    return name == null ? 0 : name.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static String tooLong(Path target) {
    return "filnamnet är för långt ("
        + nameBytes(target)
        + " byte; högst "
        + MAX_NAME_BYTES
        + " tillåts)";
  }

  private static Path folderOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? target : parent;
  }

  private static String detail(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException fs && fs.getReason() != null) {
        text.append(fs.getReason()).append(' ');
      } else if (t.getMessage() != null) {
        text.append(t.getMessage()).append(' ');
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code error} is a file-system failure (as opposed to a bug). */
  public static boolean isFileSystem(Throwable error) {
    return error instanceof IOException || error instanceof ReadOnlyFileSystemException;
  }
}

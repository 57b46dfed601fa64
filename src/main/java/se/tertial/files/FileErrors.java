package se.tertial.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.tertial.model.Messages;

/**
 * Says in Swedish why a file could not be written — permission, missing folder, full disk, a name
 * too long — naming the file the user asked for, never the temporary file the failure happened on.
 * These are problems of the environment, not bugs: callers end with exit 2.
 */
public final class FileErrors {
  static final Messages.Bundle TEXTS = new Messages.Bundle("se.tertial.files.messages");

  /** The longest file name (one path segment) most file systems accept, in bytes. */
  public static final int MAX_NAME_BYTES = 255;

  /**
   * Kernel file systems that hold no user files: a new file in them fails whatever the permissions.
   */
  private static final Set<String> SYSTEM_FILE_SYSTEMS =
      Set.of(
          "proc",
          "sysfs",
          "devpts",
          "cgroup",
          "cgroup2",
          "debugfs",
          "tracefs",
          "securityfs",
          "configfs",
          "bpf",
          "pstore",
          "mqueue",
          "binfmt_misc",
          "fusectl",
          "efivarfs",
          "selinuxfs",
          "nsfs",
          "autofs",
          "rpc_pipefs",
          "hugetlbfs");

  private FileErrors() {}

  /** {@code Kan inte skriva <target>: <reason>.} */
  public static String cannotWrite(Path target, Throwable error) {
    return TEXTS.get("output.cannotWrite", target, reason(target, error));
  }

  /**
   * The reason alone, e.g. {@code disken är full}. The folder's file system is asked first: a
   * system folder ({@code /proc}, {@code /sys}) answers "no such file" or "permission denied" for
   * any new file, and the true reason is what the folder is.
   */
  public static String reason(Path target, Throwable error) {
    Path folder = folderOf(target);
    Optional<FileStore> store = storeOf(folder);
    Optional<String> system = store.map(FileStore::type).filter(SYSTEM_FILE_SYSTEMS::contains);
    if (system.isPresent()) {
      return TEXTS.get("reason.systemFolder", folder, system.get());
    }
    if (store.map(FileStore::isReadOnly).orElse(false)) {
      return TEXTS.get("reason.readOnly", folder);
    }
    if (error instanceof AccessDeniedException || error instanceof ReadOnlyFileSystemException) {
      return TEXTS.get("reason.accessDenied", folder);
    }
    if (error instanceof NoSuchFileException || error instanceof NotDirectoryException) {
      return Files.isDirectory(folder)
          ? TEXTS.get("reason.refused", folder)
          : TEXTS.get("reason.noFolder", folder);
    }
    if (error instanceof FileAlreadyExistsException) {
      return TEXTS.get("reason.exists");
    }
    String text = detail(error);
    if (text.contains("no space left") || text.contains("disk quota")) {
      return TEXTS.get("reason.diskFull", folder);
    }
    if (text.contains("read-only file system")) {
      return TEXTS.get("reason.readOnly", folder);
    }
    if (text.contains("permission denied") || text.contains("operation not permitted")) {
      return TEXTS.get("reason.accessDenied", folder);
    }
    if (text.contains("file name too long") || text.contains("name too long")) {
      return tooLong(target);
    }
    if (error instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return error.getClass().getSimpleName();
  }

  /** The file system of {@code folder}, or of the nearest folder above it that exists. */
  private static Optional<FileStore> storeOf(Path folder) {
    for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        try {
          return Optional.of(Files.getFileStore(p));
        } catch (IOException | SecurityException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The byte length of a path's file name in UTF-8, as most file systems count it. */
  public static int nameBytes(Path path) {
    Path name = path.getFileName();
    return name == null ? 0 : name.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static String tooLong(Path target) {
    return TEXTS.get(
        "reason.tooLong", String.valueOf(nameBytes(target)), String.valueOf(MAX_NAME_BYTES));
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

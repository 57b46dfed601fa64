package se.tertial.files;

/**
 * An output file cannot be written: its folder is missing, not writable or a system folder, the
 * disk is full, the name too long, or the target is an input or a device that is never replaced.
 * The message is Swedish, names the file the user asked for and says what to do; nothing is
 * written. A problem of the environment, not a bug: the commands end with exit 2.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  public OutputException(String message) {
    super(message);
  }
}

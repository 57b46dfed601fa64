package se.tertial.cli;

/**
 * A failure the user can fix (a missing file, findings with errors, an unwritable output). Its
 * Swedish message is printed as it is, without a stack trace, and it maps to {@link
 * ExitCodes#BAD_INPUT}.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message, null, false, false);
  }
}

package se.tertial.cli;

/** The documented exit codes of every command. */
public final class ExitCodes {
  /** Everything went well. */
  public static final int OK = 0;

  /** Completed, but with warnings, and {@code --strict} was given. */
  public static final int FINDINGS = 1;

  /** Bad input (errors in the workbook) or bad usage (unknown option, missing argument). */
  public static final int BAD_INPUT = 2;

  /** A bug in tertial: rerun with {@code --debug} for the stack trace and report it. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}

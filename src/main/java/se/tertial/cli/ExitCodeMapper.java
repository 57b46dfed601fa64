package se.tertial.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The one place a failure becomes an exit code: what the user can fix (bad usage, bad input, an
 * unwritable output) is {@link ExitCodes#BAD_INPUT}; anything else, a JVM {@link Error} such as
 * {@link OutOfMemoryError} included, is a failure of tertial, {@link ExitCodes#INTERNAL}.
 */
final class ExitCodeMapper implements IExitCodeExceptionMapper {

  @Override
  public int getExitCode(Throwable failure) {
    if (failure instanceof UserException || failure instanceof ParameterException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.INTERNAL;
  }

  /**
   * The one Swedish line for a JVM error: memory and stack get a line saying what to do, any other
   * error the internal-error line.
   */
  static String describe(Error error) {
    String what =
        error instanceof OutOfMemoryError
            ? CliMessages.get("internal.outOfMemory")
            : error instanceof StackOverflowError
                ? CliMessages.get("internal.stackOverflow")
                : String.valueOf(error);
    return CliMessages.get("internal.error", what);
  }
}

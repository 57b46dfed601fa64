package se.tertial.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad usage: one Swedish line, a hint, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(CliMessages.get("usage.error", UsageMessages.translate(ex)));
    err.println(CliMessages.get("usage.hint", cmd.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}

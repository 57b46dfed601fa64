package se.tertial.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failure while working: the message only; the stack trace only with --debug. */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean debug = parsed.hasMatchedOption("--debug") || isDebugSet(parsed);
    int code = cmd.getExitCodeExceptionMapper().getExitCode(ex);
    if (code == ExitCodes.BAD_INPUT) {
      err.println(ex.getMessage());
      err.flush();
      return code;
    }
    err.println(CliMessages.get("internal.error", String.valueOf(ex)));
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println(CliMessages.get("internal.hint"));
    }
    err.flush();
    return code;
  }

  private static boolean isDebugSet(ParseResult parsed) {
    for (ParseResult sub = parsed; sub != null; sub = sub.subcommand()) {
      if (sub.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}

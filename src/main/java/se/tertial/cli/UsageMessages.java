package se.tertial.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns picocli's English parse errors into one Swedish line. */
final class UsageMessages {
  private UsageMessages() {}

  static String translate(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      var args = unmatched.getUnmatched();
      String first = args.isEmpty() ? "" : args.get(0);
      return first.startsWith("-")
          ? CliMessages.get("usage.unknownOption", first)
          : CliMessages.get("usage.unknownArgument", first);
    }
    if (ex instanceof MissingParameterException missing) {
      var names =
          missing.getMissing().stream()
              .map(
                  arg ->
                      arg.isOption()
                          ? ((picocli.CommandLine.Model.OptionSpec) arg).longestName()
                          : arg.paramLabel())
              .toList();
      return CliMessages.get("usage.missing", String.join(", ", names));
    }
    if (ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
      return CliMessages.get(
          "usage.invalidValue", ex.getMessage().replaceFirst("^Invalid value[^:]*: ", ""));
    }
    return ex.getMessage();
  }
}

package se.tertial.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.tertial.model.Period;
import se.tertial.workflow.PeriodSelection;

/** Turns picocli's English parse errors into one Swedish line. */
final class UsageMessages {
  /** picocli's text for a value outside an enum: "expected one of [a, b] … but was 'x'". */
  private static final Pattern ENUM_CHOICE =
      Pattern.compile("expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'");

  /** picocli's English lead-in of a conversion error: "Invalid value for option '--jobs': ". */
  private static final Pattern VALUE_PREFIX =
      Pattern.compile("^Invalid value for (?:option '[^']*'|positional parameter[^:]*): ");

  /** picocli's text for a map option's value without "=": "… should be in KEY=VALUE format …". */
  private static final Pattern NOT_KEY_VALUE =
      Pattern.compile("should be in KEY=VALUE format but was (.*)$");

  private UsageMessages() {}

  private static String argumentName(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

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
    if (ex.getArgSpec() != null
        && (ex.getArgSpec().type() == Period.class
            || ex.getArgSpec().type() == PeriodSelection.class)
        && ex.getArgSpec().isOption()
        && ex.getMessage() != null
        && ex.getMessage().contains("': ")) {
      // A bad period (PeriodConverter, PeriodSelectionConverter): name the option, then what is
      // wrong with the value.
      String option = ((picocli.CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName();
      String problem = ex.getMessage().substring(ex.getMessage().indexOf("': ") + 3);
      return CliMessages.get("usage.badOption", option, problem);
    }
    var keyValue = NOT_KEY_VALUE.matcher(ex.getMessage() == null ? "" : ex.getMessage());
    if (ex.getArgSpec() != null && keyValue.find()) {
      return CliMessages.get(
          "usage.badValue",
          argumentName(ex.getArgSpec()),
          CliMessages.get("usage.notKeyValue", keyValue.group(1), ex.getArgSpec().paramLabel()));
    }
    var choice = ENUM_CHOICE.matcher(ex.getMessage() == null ? "" : ex.getMessage());
    String problem =
        choice.find()
            ? CliMessages.get(
                "usage.notOneOf", choice.group(2), choice.group(1).toLowerCase(Locale.ROOT))
            : ex.getMessage() == null ? "" : VALUE_PREFIX.matcher(ex.getMessage()).replaceFirst("");
    if (ex.getArgSpec() != null) {
      // Every bad value names its option (or the parameter's label), whatever its type.
      return CliMessages.get("usage.badValue", argumentName(ex.getArgSpec()), problem);
    }
    if (ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
      return CliMessages.get("usage.invalidValue", problem);
    }
    return ex.getMessage();
  }
}

package se.tertial.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import se.tertial.text.TerminalWriter;

/**
 * Runs the command; picocli's own help (maybe coloured) is printed unescaped. A named class, not a
 * lambda: Java 17 crashes while writing the start-up archive when a lambda implements one of
 * picocli's interfaces, which are compiled for Java 5 (JDK-8274944).
 */
record HelpUnescaped(TerminalWriter out, TerminalWriter err)
    implements CommandLine.IExecutionStrategy {
  @Override
  public int execute(ParseResult parsed) {
    return isHelp(parsed)
        ? out.unescaped(() -> err.unescaped(() -> new CommandLine.RunLast().execute(parsed)))
        : new CommandLine.RunLast().execute(parsed);
  }

  /** Whether the command line asks for help, the version or the {@code help} command. */
  private static boolean isHelp(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested()
          || p.isVersionHelpRequested()
          || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
        return true;
      }
    }
    return false;
  }
}

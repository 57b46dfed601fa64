package se.tertial.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code tertial help [KOMMANDO]}: picocli's built-in help command in Swedish (its own texts and
 * its {@code COMMAND} label are fixed in English and cannot come from a resource bundle).
 */
@Command(
    name = "help",
    helpCommand = true,
    header = "Visa hjälpen för tertial eller för ett av dess kommandon.",
    description = "Utan KOMMANDO visas hjälpen för tertial.")
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Visa denna hjälp och avsluta.")
  private boolean helpRequested;

  @Parameters(
      paramLabel = "KOMMANDO",
      arity = "0..1",
      description = "Kommandot vars hjälp ska visas, t.ex. render.")
  private String commandName;

  private CommandLine self;
  private Help.ColorScheme colorScheme;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colorScheme = colorScheme;
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine parent = self == null ? null : self.getParent();
    if (parent == null) {
      return;
    }
    if (commandName == null) {
      parent.usage(out, colorScheme);
      return;
    }
    CommandLine sub = parent.getSubcommands().get(commandName);
    if (sub == null) {
      throw new ParameterException(
          parent, CliMessages.get("usage.unknownArgument", commandName), null, commandName);
    }
    sub.usage(out, colorScheme);
  }
}

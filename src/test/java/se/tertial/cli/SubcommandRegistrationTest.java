package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line is built with only the subcommand it names (start-up time), and that subcommand
 * behaves exactly as in the full tree.
 */
class SubcommandRegistrationTest {
  private static final String[] RUNNABLE_ALONE = {
    "check", "evaluate", "diff", "init", "next-period", "render", "batch", "overview", "rule"
  };

  private static CommandLine forArgs(String... args) {
    return TertialCommand.newCommandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  private static CommandLine full() {
    return TertialCommand.newCommandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneRegistered() {
    for (String name : RUNNABLE_ALONE) {
      assertThat(forArgs(name, "x").getSubcommands().keySet()).as(name).containsExactly(name);
    }
  }

  @Test
  void helpCompletionNoArgumentsAndUnknownNamesGetEveryCommand() {
    int all = full().getSubcommands().size();
    assertThat(all).isEqualTo(11);
    for (String[] args :
        new String[][] {{}, {"help", "render"}, {"completion"}, {"rendr"}, {"--help"}}) {
      assertThat(forArgs(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
    }
  }

  @Test
  void aSubcommandAloneHasTheSameUsageAsInTheFullTree() {
    Map<String, CommandLine> everyCommand = full().getSubcommands();
    for (String name : RUNNABLE_ALONE) {
      CommandLine alone = forArgs(name).getSubcommands().get(name);
      assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as(name)
          .isEqualTo(everyCommand.get(name).getUsageMessage(CommandLine.Help.Ansi.OFF));
      assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo("tertial " + name);
    }
  }
}

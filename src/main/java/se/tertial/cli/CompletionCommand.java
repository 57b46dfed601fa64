package se.tertial.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tertial completion bash|zsh}: prints the shell completion script that picocli's {@link
 * AutoComplete} generates from the command tree, so commands, options and option values (formats,
 * trend bases) complete with Tab. The same script serves zsh through its {@code bashcompinit}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Skriv ut ett skript för komplettering med Tab i skalet.",
      "bash: lägg `source <(tertial completion bash)` i ~/.bashrc.",
      "zsh: lägg `source <(tertial completion zsh)` i ~/.zshrc."
    })
public final class CompletionCommand implements Callable<Integer> {

  /** The shells the script works in. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(index = "0", paramLabel = "SKAL", description = "bash eller zsh.")
  private Shell shell;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    var root = spec.root().commandLine();
    String script = AutoComplete.bash(root.getCommandName(), root);
    var out = spec.commandLine().getOut();
    if (shell == Shell.zsh) {
      // picocli's script turns on zsh's bash-completion layer itself when run under zsh.
      out.println("# tertial: komplettering för zsh (via bashcompinit)");
    }
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }
}

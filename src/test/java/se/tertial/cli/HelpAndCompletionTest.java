package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help in Swedish throughout, and the shell completion script. */
class HelpAndCompletionTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static final List<String> ENGLISH =
      List.of(
          "Display help",
          "Print version",
          "Show usage help",
          "COMMAND",
          "Usage:",
          "Options:",
          "Parameters:",
          "Commands:",
          "When no",
          "the specified command");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "help",
        "check",
        "evaluate",
        "diff",
        "init",
        "next-period",
        "render",
        "batch",
        "overview",
        "completion"
      })
  void helpHasNoEnglishLeftoversAndExplainsEveryOption(String command) {
    Run help = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith(command.equals("help") ? "Visa" : "").contains("Användning:");
    ENGLISH.forEach(word -> assertThat(help.out()).as(command).doesNotContain(word));
    // Every option line ("  -x, --name=...   text") carries a description after its name.
    help.out()
        .lines()
        .filter(l -> l.matches("^ {2,6}(-\\w, )?--[\\w-]+.*"))
        .forEach(l -> assertThat(l.trim()).as(command).matches("\\S.*\\S\\s{2,}\\S.*"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void completionPrintsAScriptThatKnowsTheCommandsAndOptions(String shell) {
    Run completion = run("completion", shell);
    assertThat(completion.exit()).isZero();
    assertThat(completion.out())
        .contains("complete -F")
        .contains("render", "evaluate", "next-period", "completion")
        .contains("--watch", "--trend-base")
        .contains("bashcompinit");
    assertThat(completion.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fish", ""})
  void completionRefusesOtherShellsInSwedish(String shell) {
    Run completion = shell.isEmpty() ? run("completion") : run("completion", shell);
    assertThat(completion.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(completion.err())
        .containsAnyOf("SKAL", "välj bash, zsh")
        .doesNotContain("Exception", "expected", "but was");
  }
}

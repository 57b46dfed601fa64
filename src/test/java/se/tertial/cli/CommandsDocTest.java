package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code init}, {@code next-period} and {@code check} examples of {@code docs/commands.md}
 * in order, so the documentation cannot drift from the commands.
 */
class CommandsDocTest {
  static final Path DOC = Path.of("docs/commands.md");
  static final Set<String> RUN = Set.of("init", "next-period", "check");

  @TempDir Path dir;

  @Test
  void initAndNextPeriodExamplesRunWithExitZero() throws IOException {
    List<List<String>> examples = examples(Files.readAllLines(DOC));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(7);

    for (List<String> example : examples) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] args = example.stream().map(this::inTempDir).toArray(String[]::new);

      int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));

      assertThat(exit).as("%s%n%s%s", example, out, err).isEqualTo(ExitCodes.OK);
      assertThat(err.toString()).as("%s", example).isEmpty();
    }
    assertThat(dir.resolve("lansjukvard2-2023-T1.xlsx")).isRegularFile();
  }

  /** The arguments of every {@code bin/tertial <init|next-period|check>} line in sh blocks. */
  private static List<List<String>> examples(List<String> lines) {
    List<List<String>> examples = new ArrayList<>();
    boolean inShell = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inShell = !inShell && line.strip().equals("```sh");
        continue;
      }
      if (inShell && line.startsWith("bin/tertial ")) {
        List<String> args = List.of(line.substring("bin/tertial ".length()).strip().split("\\s+"));
        if (RUN.contains(args.get(0))) {
          examples.add(args);
        }
      }
    }
    return examples;
  }

  /** Workbooks the examples create go to the temp folder; the sample is read where it is. */
  private String inTempDir(String arg) {
    return arg.endsWith(".xlsx") && !arg.startsWith("sample-data/")
        ? dir.resolve(arg).toString()
        : arg;
  }
}

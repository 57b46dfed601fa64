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
 * Runs every {@code bin/tertial} example of {@code docs/commands.md} in order, so the documentation
 * cannot drift from the commands. Files the examples write go to a temp folder.
 */
class CommandsDocTest {
  static final Path DOC = Path.of("docs/commands.md");

  /** Output-like arguments: written files, and the folder after {@code -o}. */
  static final Set<String> WRITTEN = Set.of(".xlsx", ".pdf", ".html", ".docx");

  @TempDir Path dir;

  @Test
  void everyExampleRunsWithExitZeroAndOnlyWarningsOnStderr() throws IOException {
    List<List<String>> examples = examples(Files.readAllLines(DOC));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(15);
    assertThat(examples.stream().map(e -> e.get(0)).distinct())
        .contains("check", "evaluate", "render", "diff", "batch", "init", "next-period");

    for (List<String> example : examples) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] args = inTempDir(example);

      int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));

      assertThat(exit).as("%s%n%s%s", example, out, err).isEqualTo(ExitCodes.OK);
      // The sample keeps the real report's misspelt status, so warnings are expected.
      assertThat(err.toString().lines()).as("%s", example).allMatch(l -> l.startsWith("varning: "));
    }
    assertThat(dir.resolve("lansjukvard2-2023-T1.xlsx")).isRegularFile();
    assertThat(dir.resolve("bilaga.pdf")).isRegularFile();
    assertThat(dir.resolve("ut/batch-report.json")).isRegularFile();
  }

  /** The arguments of every {@code bin/tertial} line in sh blocks. */
  private static List<List<String>> examples(List<String> lines) {
    List<List<String>> examples = new ArrayList<>();
    boolean inShell = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inShell = !inShell && line.strip().equals("```sh");
        continue;
      }
      if (inShell && line.startsWith("bin/tertial ")) {
        examples.add(List.of(line.substring("bin/tertial ".length()).strip().split("\\s+")));
      }
    }
    return examples;
  }

  /** Files and folders the examples create go to the temp folder; the samples are read in place. */
  private String[] inTempDir(List<String> example) {
    String[] args = example.toArray(String[]::new);
    for (int i = 0; i < args.length; i++) {
      boolean written =
          WRITTEN.stream().anyMatch(args[i]::endsWith) && !args[i].startsWith("sample-data/");
      boolean outputFolder = i > 0 && args[i - 1].equals("-o");
      if (written || outputFolder) {
        args[i] = dir.resolve(args[i]).toString();
      }
    }
    return args;
  }
}

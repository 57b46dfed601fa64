package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/target-rules.md shows what {@code tertial rule} prints for each family; every {@code $
 * tertial rule …} example in its code blocks is run and its output compared line by line, so the
 * documentation cannot drift from the grammar.
 */
class TargetRulesRuleOutputTest {

  /** One example: the arguments after "tertial" and the lines printed. */
  record Example(List<String> args, List<String> expected) {}

  @Test
  void everyTertialRuleExampleInTheTargetRulesDocPrintsWhatTheDocShows() throws IOException {
    List<Example> examples = examples(Files.readAllLines(Path.of("docs/target-rules.md")));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
    for (Example example : examples) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      TertialCommand.execute(
          example.args().toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      assertThat(out.toString().replace("\r\n", "\n").lines().toList())
          .as("%s%n%s", example.args(), err)
          .isEqualTo(example.expected());
    }
  }

  private static List<Example> examples(List<String> lines) {
    List<Example> examples = new ArrayList<>();
    boolean inBlock = false;
    List<String> args = null;
    List<String> expected = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
      }
      boolean starts = inBlock && line.startsWith("$ tertial rule ");
      boolean ends = line.startsWith("```") || line.isBlank() || starts;
      if (ends && args != null) {
        examples.add(new Example(args, List.copyOf(expected)));
        args = null;
      }
      if (starts) {
        args = shellWords(line.substring("$ tertial ".length()));
        expected = new ArrayList<>();
      } else if (args != null) {
        expected.add(line);
      }
    }
    return examples;
  }

  /** Words as a shell splits them, with double quotes grouping (no escapes in the doc). */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
        any = true;
      } else if (ch == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(ch);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }
}

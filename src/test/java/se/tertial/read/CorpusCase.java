package se.tertial.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One folder of {@code src/test/resources/bad-input/}: its {@code expected.txt} holds comment lines
 * ({@code #}), {@code input: <path>} (the input, relative to the case folder; built by {@link
 * CorpusInputs} when no such file is committed), {@code exit: <code>} and then the exact finding
 * lines {@code tertial check} prints ({@code fel: …}, {@code varning: …}), in order.
 *
 * @param name the folder's name
 * @param folder the folder
 * @param input the input's path relative to the case folder
 * @param exit the expected exit code of {@code check}
 * @param findings the expected finding lines; {@code {dir}} stands for the folder the input is in
 */
record CorpusCase(String name, Path folder, String input, int exit, List<String> findings) {

  static CorpusCase load(Path folder) throws IOException {
    String input = null;
    Integer exit = null;
    List<String> findings = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("input: ")) {
        input = line.substring("input: ".length()).strip();
      } else if (line.startsWith("exit: ")) {
        exit = Integer.valueOf(line.substring("exit: ".length()).strip());
      } else {
        findings.add(line);
      }
    }
    if (input == null || exit == null) {
      throw new IllegalStateException(folder + "/expected.txt needs 'input:' and 'exit:' lines");
    }
    return new CorpusCase(folder.getFileName().toString(), folder, input, exit, findings);
  }

  @Override
  public String toString() {
    return name;
  }
}

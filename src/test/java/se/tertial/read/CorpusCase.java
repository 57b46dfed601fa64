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
 *     <p>A case may instead run another command line ({@code command: render {input} -o
 *     {out}/b.docx}): then the finding lines must each be printed (stdout or stderr), and {@code
 *     unchanged: PATH}, {@code absent: PATH}, {@code exists: PATH} and {@code mode: PATH 0640}
 *     lines are checked after the run; {@code before-mode: PATH 0640} creates that file with that
 *     mode before it. In paths and arguments {@code {input}} is the input, {@code {case}} the
 *     copied case folder and {@code {out}} an empty output folder outside it.
 * @param name the folder's name
 * @param folder the folder
 * @param input the input's path relative to the case folder
 * @param exit the expected exit code of {@code check}
 * @param findings the expected finding lines; {@code {dir}} stands for the folder the input is in
 * @param command the command line to run instead of {@code check}, or null
 * @param files the file checks after {@code command} ({@code unchanged: …}, {@code absent: …} …)
 */
record CorpusCase(
    String name,
    Path folder,
    String input,
    int exit,
    List<String> findings,
    String command,
    List<String> files) {

  static CorpusCase load(Path folder) throws IOException {
    String input = null;
    Integer exit = null;
    List<String> findings = new ArrayList<>();
    String command = null;
    List<String> files = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("input: ")) {
        input = line.substring("input: ".length()).strip();
      } else if (line.startsWith("command: ")) {
        command = line.substring("command: ".length()).strip();
      } else if (line.matches("^(unchanged|absent|exists|mode|fifo|before-mode|before-fifo): .*")) {
        files.add(line);
      } else if (line.startsWith("exit: ")) {
        exit = Integer.valueOf(line.substring("exit: ".length()).strip());
      } else {
        findings.add(line);
      }
    }
    if (input == null || exit == null) {
      throw new IllegalStateException(folder + "/expected.txt needs 'input:' and 'exit:' lines");
    }
    return new CorpusCase(
        folder.getFileName().toString(), folder, input, exit, findings, command, files);
  }

  @Override
  public String toString() {
    return name;
  }
}

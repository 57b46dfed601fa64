package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.tertial.cli.TertialCommand;

/**
 * Runs every case folder of {@code src/test/resources/bad-input/} through the real command line,
 * in-process: {@code check} must end with the expected exit code and print exactly the expected
 * findings (file, sheet, row, column, Swedish message), with nothing on stderr; {@code render}
 * (once it exists) must fail alike and leave no output file behind.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Paths.get("src/test/resources/bad-input");

  /** {@code render} lands on another branch; the corpus covers it as soon as it is merged. */
  static final boolean RENDER_EXISTS =
      TertialCommand.newCommandLine(
              new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
          .getSubcommands()
          .containsKey("render");

  @TempDir Path dir;

  static Stream<CorpusCase> cases() throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    try (Stream<Path> folders = Files.list(CORPUS)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        cases.add(CorpusCase.load(folder));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(180)
  void checkReportsExactlyTheExpectedFindingsAndNoOutputIsWritten(CorpusCase corpusCase)
      throws Exception {
    Path input = prepare(corpusCase);
    if (corpusCase.command() != null) {
      runCommandCase(corpusCase, input);
      return;
    }

    Run check = run("check", input.toString());

    List<String> expected =
        corpusCase.findings().stream()
            .map(line -> line.replace("{dir}", input.getParent().toString()))
            .toList();
    assertThat(check.findingLines()).as(check.out).containsExactlyElementsOf(expected);
    assertThat(check.exit).as(check.out).isEqualTo(corpusCase.exit());
    assertThat(check.err).isEmpty();
    assertThat(check.out).doesNotContain("HEMLIGT-INNEHALL"); // see xlsx-xxe-doctype

    if (RENDER_EXISTS && corpusCase.exit() != 0) {
      Path outDir = Files.createDirectories(dir.resolve("ut"));
      Run render = run("render", input.toString(), "-o", outDir.resolve("out.pdf").toString());
      assertThat(render.exit).as(render.out + render.err).isEqualTo(corpusCase.exit());
      try (Stream<Path> written = Files.list(outDir)) {
        assertThat(written).as("files left by render").isEmpty();
      }
    }
  }

  /**
   * A case of another command (output safety: writing onto input, format from the extension, file
   * modes …): the exit code, each expected line printed, no stack trace, then the file checks.
   */
  private void runCommandCase(CorpusCase corpusCase, Path input) throws IOException {
    Path out = Files.createDirectories(dir.resolve("ut"));
    Path caseDir = dir.resolve("case");
    java.util.function.UnaryOperator<String> paths =
        text ->
            text.replace("{input}", input.toString())
                .replace("{case}", caseDir.toString())
                .replace("{out}", out.toString());
    java.util.Map<Path, byte[]> before = new java.util.HashMap<>();
    for (String line : corpusCase.files()) {
      String[] parts = paths.apply(line.substring(line.indexOf(':') + 1).strip()).split(" ");
      Path file = Path.of(parts[0]);
      if (line.startsWith("before-fifo:")) {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        Assumptions.assumeTrue(waitFor(mkfifo) == 0, "mkfifo is not available");
      } else if (line.startsWith("before-mode:")) {
        Files.writeString(file, "gammal fil");
        Files.setPosixFilePermissions(
            file, java.nio.file.attribute.PosixFilePermissions.fromString(rwx(parts[1])));
      } else if (line.startsWith("unchanged:")) {
        before.put(file, Files.readAllBytes(file));
      }
    }
    String[] args =
        java.util.Arrays.stream(corpusCase.command().split(" ")).map(paths).toArray(String[]::new);

    Run run = run(args);

    String printed = run.out + run.err;
    assertThat(run.exit).as(printed).isEqualTo(corpusCase.exit());
    List<String> lines = printed.lines().toList();
    for (String expected : corpusCase.findings()) {
      assertThat(lines).as(printed).contains(paths.apply(expected));
    }
    assertThat(printed).doesNotContain("\tat ").doesNotContain("Exception");
    for (String line : corpusCase.files()) {
      String[] parts = paths.apply(line.substring(line.indexOf(':') + 1).strip()).split(" ");
      Path file = Path.of(parts[0]);
      if (line.startsWith("unchanged:")) {
        assertThat(Files.readAllBytes(file)).as(line).isEqualTo(before.get(file));
      } else if (line.startsWith("absent:")) {
        assertThat(file).as(line).doesNotExist();
      } else if (line.startsWith("exists:")) {
        assertThat(file).as(line).isRegularFile();
      } else if (line.startsWith("fifo:")) {
        assertThat(Files.isRegularFile(file)).as(line + ": still no regular file").isFalse();
        assertThat(file).as(line).exists();
      } else if (line.startsWith("mode:")) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)))
            .as(line)
            .isEqualTo(rwx(parts[1]));
      }
    }
  }

  private static int waitFor(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** {@code 0640} → {@code rw-r-----}. */
  private static String rwx(String octal) {
    int mode = Integer.parseInt(octal, 8);
    StringBuilder text = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int bits = (mode >> shift) & 7;
      text.append((bits & 4) != 0 ? 'r' : '-')
          .append((bits & 2) != 0 ? 'w' : '-')
          .append((bits & 1) != 0 ? 'x' : '-');
    }
    return text.toString();
  }

  /** Copies the case folder (less expected.txt) to the temp folder and builds generated input. */
  private Path prepare(CorpusCase corpusCase) throws Exception {
    Path target = dir.resolve("case");
    try (Stream<Path> files = Files.walk(corpusCase.folder())) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(corpusCase.folder().relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (!file.getFileName().toString().equals("expected.txt")) {
          Files.copy(file, copy);
        }
      }
    }
    Path input = target.resolve(corpusCase.input());
    CorpusInputs.Generator generator = CorpusInputs.forCase(corpusCase.name());
    if (generator != null) {
      Files.createDirectories(input.getParent());
      generator.write(input);
    }
    if (!corpusCase.name().equals("file-missing")) {
      assertThat(input).as("input of " + corpusCase.name()).exists();
    }
    if (corpusCase.name().equals("file-unreadable")) {
      // root reads any file whatever its mode; the case can only be checked as a normal user.
      Assumptions.assumeFalse(Files.isReadable(input), "running as root: chmod 000 is no barrier");
    }
    return input;
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {
    /** The output less its last line, the summary ("Kontroll klar: …" / "Inga anmärkningar."). */
    List<String> findingLines() {
      List<String> lines = out.lines().toList();
      return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
    }
  }
}

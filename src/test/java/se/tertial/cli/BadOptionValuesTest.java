package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option of every command that takes a typed value, found in the command line's own model (a
 * new option is covered the day it is added), given a value of the wrong form — {@code två} for a
 * number, {@code 2022-X9} for a period, {@code pdfx} for a format — and every numeric one a
 * negative number: exit 2 and one Swedish line naming the option and the form it accepts, never
 * picocli's English or a Java class name.
 */
class BadOptionValuesTest extends CommandLineHarness {

  /** One command line with one bad value. */
  record BadValue(String command, String option, String value) {
    @Override
    public String toString() {
      return command + " " + option + " " + value;
    }
  }

  static Stream<BadValue> everyTypedOption() {
    List<BadValue> cases = new ArrayList<>();
    CommandLine root =
        TertialCommand.newCommandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    root.getSubcommands()
        .forEach(
            (name, sub) -> {
              for (OptionSpec option : sub.getCommandSpec().options()) {
                Class<?> type = option.type();
                if (option.usageHelp()
                    || option.versionHelp()
                    || option.arity().max() == 0
                    || type == String.class
                    || type == Path.class
                    || type == File.class) {
                  continue;
                }
                cases.add(new BadValue(name, option.longestName(), wrongForm(type)));
                if (Number.class.isAssignableFrom(type) || type == int.class) {
                  cases.add(
                      new BadValue(
                          name, option.longestName(), type == BigDecimal.class ? "-5" : "-3"));
                }
              }
            });
    return cases.stream();
  }

  @Test
  void theModelHasTheOptionsTheIssueNames() {
    assertThat(everyTypedOption().map(BadValue::toString))
        .contains(
            "batch --jobs två",
            "check --tolerance abc",
            "render --period 2022-X9",
            "overview --format pdfx",
            "batch --report pdfx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTypedOption")
  void aBadValueIsOneSwedishLineNamingTheOptionAndItsForm(BadValue bad) throws IOException {
    List<String> args = new ArrayList<>(List.of(bad.command(), bad.option(), bad.value()));
    args.addAll(context(bad));

    int exit = run(args.toArray(String[]::new));

    String first = err.toString().lines().findFirst().orElse("");
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(first).as("names the option").startsWith("tertial: ogiltig " + bad.option() + ": ");
    assertThat(first)
        .as("says what is accepted")
        .containsAnyOf("skriv", "välj", "t.ex.", "kan inte vara", "minst", "högst");
    assertThat(err.toString() + out)
        .doesNotContain(
            "Invalid value",
            "is not",
            "cannot convert",
            "Unknown",
            "expected",
            "Exception",
            "java.",
            "\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "overview DIR | DIR: manifestet finns inte eller är ingen fil",
        "overview MANIFEST --templates DIR/saknas | Mallkatalogen DIR/saknas finns inte",
        "overview MANIFEST -o DIR/saknas/x.pdf | Kan inte skriva DIR/saknas/x.pdf: mappen",
      })
  void overviewNamesAManifestTemplateFolderOrOutputThatIsNotThere(String command, String expected)
      throws IOException {
    Files.copy(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"), dir.resolve("enhet.xlsx"));
    Path manifest = Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enhet.xlsx\"]\n");
    String[] args =
        command.replace("MANIFEST", manifest.toString()).replace("DIR", dir.toString()).split(" ");

    int exit = run(args);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(expected.replace("DIR", dir.toString()))
        .doesNotContain("Internt fel", "Exception", "se.tertial.");
  }

  /** A value of the wrong form for {@code type}. */
  private static String wrongForm(Class<?> type) {
    if (type == BigDecimal.class) {
      return "abc";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "två";
    }
    if (type.isEnum()) {
      return "pdfx";
    }
    if (type.getSimpleName().startsWith("Period")) {
      return "2022-X9";
    }
    return "pdfx";
  }

  /**
   * What the command needs besides the bad value, so that the value is what fails: an input, a
   * manifest, the periods diff compares, or its positional parameters (never read).
   */
  private List<String> context(BadValue bad) throws IOException {
    String sample = SAMPLE.toString();
    Path manifest = Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enhet.xlsx\"]\n");
    List<String> values =
        switch (bad.command()) {
          case "check", "evaluate", "render" -> new ArrayList<>(List.of(sample));
          case "diff" -> new ArrayList<>(List.of(sample, "--from", "2021-T1", "--to", "2022-T1"));
          case "batch", "overview" -> new ArrayList<>(List.of(manifest.toString()));
          default -> positionals(bad.command());
        };
    if (bad.command().equals("diff") && bad.option().matches("--from|--to")) {
      int at = values.indexOf(bad.option());
      values.remove(at + 1);
      values.remove(at);
    }
    return values;
  }

  /** Values for the command's required positional parameters. */
  private List<String> positionals(String command) {
    CommandSpec spec =
        TertialCommand.newCommandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
            .getSubcommands()
            .get(command)
            .getCommandSpec();
    List<String> values = new ArrayList<>();
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      for (int i = 0; i < parameter.arity().min(); i++) {
        values.add(parameter.type().isEnum() ? "bash" : dir.resolve("x" + i + ".xlsx").toString());
      }
    }
    return values;
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cell text that is dangerous where it ends up, through the real command line: control sequences
 * never reach the terminal raw, CSV cells never start a spreadsheet formula, and markup whose
 * content is not text ({@code <style>}, {@code <svg><style>}, {@code <title>}) never shows up as
 * visible text in the report.
 */
class PrintedTextSafetyTest extends CommandLineHarness {
  static final char ESC = '\u001b';

  private Path csv;

  @BeforeEach
  void copySample() throws IOException {
    csv = copyOfSample("enhet/csv");
  }

  private void replaceIn(String file, String from, String to) throws IOException {
    Path path = csv.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void anEscapeSequenceInAFileNameIsPrintedVisiblyEscaped() {
    Path hidden = dir.resolve("finns" + ESC + "[8minte.xlsx");

    int exit = run("check", hidden.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString() + err).doesNotContain(String.valueOf(ESC)).contains("\\u001B[8m");
  }

  @Test
  void controlCharactersInCellsNeverReachTheTerminalRaw() throws IOException {
    replaceIn(
        "styrmatt.csv",
        "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök",
        "Dold" + ESC + "[8m text" + ESC + "]0;titel\u0007 och \u202Eomvänd");

    for (String format : new String[] {"table", "csv", "json"}) {
      run("evaluate", csv.toString(), "--format", format);
    }
    run("check", csv.toString());
    run("diff", csv.toString(), "--from", "2021-T1", "--to", "2022-T1");

    String printed = out.toString() + err;
    assertThat(printed).doesNotContain(String.valueOf(ESC), "\u0007", "\u202E");
  }

  @Test
  void csvTextCellsThatWouldStartAFormulaAreNeutralisedAndNumbersStayNumbers() throws IOException {
    replaceIn("styrmatt.csv", "M01;Medborgare", "M01;=1+2");
    String names = Files.readString(csv.resolve("styrmatt.csv"));
    Files.writeString(
        csv.resolve("styrmatt.csv"),
        names.replace(
            "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare på operation",
            "@SUM(A1) operation"));

    int exit = run("evaluate", csv.toString(), "--format", "csv");

    assertThat(exit).as(err.toString()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    String table = out.toString();
    assertThat(table).contains("M01;\"'=1+2\";");
    assertThat(table).contains(";\"'@SUM(A1) operation");
    assertThat(table.lines().skip(1))
        .allSatisfy(
            line -> {
              for (String cell : line.split(";")) {
                assertThat(cell.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("@");
              }
            });
    // The outcome columns are plain numbers with a decimal comma, never quoted or prefixed.
    assertThat(table.lines().filter(l -> l.startsWith("M01;")).findFirst().orElseThrow())
        .contains(";deadline;41;41;;");
  }

  @Test
  void styleScriptSvgAndTitleContentNeverShowUpAsVisibleText() throws IOException {
    replaceIn(
        "texter.csv",
        "Inledning;Inledning;I denna bilaga",
        "Inledning;Inledning;<style>p{STILMARKOR:1}</style><svg><style>SVGMARKOR</style></svg>"
            + "<title>TITELMARKOR</title><script>SKRIPTMARKOR()</script>I denna bilaga");
    Path html = dir.resolve("bilaga.html");

    int exit = run("render", csv.toString(), "-o", html.toString());

    assertThat(exit).as(err.toString()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(Files.readString(html))
        .contains("I denna bilaga")
        .doesNotContain("STILMARKOR", "SVGMARKOR", "TITELMARKOR", "SKRIPTMARKOR");
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom templates that misbehave, through the real command line: endless recursion, an endless
 * {@code #list} (stopped by the time limit), a syntax error (reason, file, line and column kept)
 * and a template that is a symlink out of its folder. Each is "Fel i mallen"/a refusal with exit 2,
 * no stack trace and no file written.
 */
class TemplateLimitsTest {
  static final String SAMPLE = "sample-data/lansjukvard2/csv";

  @TempDir Path dir;
  private Path templates;
  private Path target;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    templates = Files.createDirectories(dir.resolve("mallar"));
    target = dir.resolve("bilaga.html");
    System.setProperty("tertial.templateTimeLimitMillis", "2000");
  }

  @AfterEach
  void tearDown() {
    System.clearProperty("tertial.templateTimeLimitMillis");
  }

  private int render(String template) throws IOException {
    Files.writeString(templates.resolve("delarsbilaga.ftl"), template);
    return run();
  }

  private int run() {
    return TertialCommand.execute(
        new String[] {
          "render", SAMPLE, "-o", target.toString(), "--templates", templates.toString()
        },
        new PrintWriter(out),
        new PrintWriter(err));
  }

  private void assertCleanFailure() {
    assertThat(err.toString()).doesNotContain("\tat ", "Exception", "Internt fel");
    assertThat(target).doesNotExist();
  }

  @Test
  void aMacroThatCallsItselfForeverIsATemplateError() throws IOException {
    int exit = render("<#macro f><@f/></#macro><@f/>");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Fel i mallen").contains("anropar sig själv utan slut");
    assertCleanFailure();
  }

  @Test
  void anEndlessListThatWritesNothingIsStoppedByTheTimeLimit() throws IOException {
    int exit = render("<#list 1.. as i></#list>");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Fel i mallen").contains("stoppades");
    assertCleanFailure();
  }

  @Test
  void anEndlessListThatWritesIsStoppedBeforeMemoryRunsOut() throws IOException {
    int exit = render("<#list 1.. as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Fel i mallen");
    assertCleanFailure();
  }

  @Test
  void aSyntaxErrorKeepsItsReasonFileLineAndColumn() throws IOException {
    int exit = render("<html>\n<p>rad två</p>\n  <#if></#if>\n</html>\n");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen delarsbilaga.ftl")
        .contains(", rad 3, kolumn ")
        .contains("syntaxfel")
        .containsPattern("#if");
    assertCleanFailure();
  }

  @Test
  void aMissingFieldNamesFileLineColumnAndTheExpressionInSwedish() throws IOException {
    int exit = render("<html>\n<p>rad två</p>\n<p>  ${meta.titel}</p>\n</html>\n");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen delarsbilaga.ftl (i " + templates + "), rad 3, kolumn 8:")
        .contains("«meta.titel» saknar värde")
        .doesNotContain("evaluated to null");
    assertCleanFailure();
  }

  @Test
  void aListPrintedAsTextIsATypeErrorNamingTheExpression() throws IOException {
    int exit = render("<#ftl output_format=\"XHTML\">\n<p>${toc}</p>\n");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen delarsbilaga.ftl (i " + templates + "), rad 2, kolumn 6:")
        .contains("«toc» är varken text, tal eller datum");
    assertCleanFailure();
  }

  @Test
  void aTemplateThatIsASymlinkOutOfItsFolderIsRefused() throws IOException {
    Path secret = Files.writeString(dir.resolve("hemlig.ftl"), "HEMLIGT-INNEHALL");
    Files.createSymbolicLink(templates.resolve("delarsbilaga.ftl"), secret);

    int exit = run();

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("pekar ut ur mallkatalogen");
    assertThat(out.toString() + err).doesNotContain("HEMLIGT-INNEHALL");
    assertCleanFailure();
  }
}

package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.tertial.testing.ChildJvm;

/**
 * Each kind of failure that is no bug — a file that cannot be written ({@code
 * files.OutputException}), a template that fails ({@code render.RenderException}), a PDF that
 * cannot be made ({@code pdf.PdfException}) — ends {@code render} with exit 2 and one Swedish line
 * that names the path and says why, never "Internt fel" (exit 3), and writes nothing.
 */
class FailureKindsTest extends CommandLineHarness {

  @Test
  void anOutputInASystemFolderExitsTwoSayingItIsASystemFolder() throws IOException {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isDirectory(proc) && Files.getFileStore(proc).type().equals("proc"));
    Path target = proc.resolve("bilaga.pdf");

    int exit = run("render", SAMPLE.toString(), "-o", target.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "Kan inte skriva "
                + target
                + ": mappen "
                + proc
                + " är en systemmapp (filsystemet proc) där inga filer kan sparas")
        .doesNotContain("finns inte")
        .doesNotContain("Internt fel");
  }

  @Test
  void anOutputInAMissingFolderExitsTwoSayingTheFolderIsMissing() {
    Path target = dir.resolve("saknas").resolve("bilaga.pdf");

    int exit = run("render", SAMPLE.toString(), "-o", target.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Kan inte skriva " + target + ": mappen " + target.getParent() + " finns inte.")
        .doesNotContain("Internt fel");
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  void aTemplateThatWritesNothingExitsTwoNamingTheTemplate() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Files.writeString(templates.resolve("delarsbilaga.ftl"), "<#-- ingenting -->\n");
    Path target = dir.resolve("bilaga.pdf");

    int exit =
        run("render", SAMPLE.toString(), "--templates", templates.toString(), "-o", "" + target);

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen delarsbilaga.ftl: mallen skriver inget dokument (tom utdata)")
        .doesNotContain("Internt fel");
    assertThat(target).doesNotExist();
  }

  @Test
  void aSourceDateEpochNoPdfCanCarryExitsTwoSayingWhatItMustBe() throws Exception {
    Path target = dir.resolve("bilaga.pdf");
    Path errors = dir.resolve("stderr.txt");
    ProcessBuilder child =
        new ProcessBuilder(
                ChildJvm.java(),
                "-cp",
                ChildJvm.classpath(),
                TertialCommand.class.getName(),
                "render",
                SAMPLE.toAbsolutePath().toString(),
                "-o",
                target.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(errors.toFile());
    child.environment().put("SOURCE_DATE_EPOCH", "igår");
    Process process = child.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(lines)
        .contains("SOURCE_DATE_EPOCH ska vara ett heltal (sekunder sedan 1970), inte \"igår\".")
        .noneMatch(line -> line.contains("Internt fel"));
    assertThat(target).doesNotExist();
  }
}

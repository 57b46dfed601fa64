package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Named pipes (FIFOs) and device nodes, made for real with {@code mkfifo} and {@code mknod}, as
 * inputs, outputs, templates, themes and logos: refused up front with a Swedish line (a FIFO is
 * never opened, so nothing hangs: each test has a time limit) and never replaced, {@code --force}
 * or not.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SpecialFilesTest extends CommandLineHarness {

  @Test
  void aFifoAsInputIsRefusedByCheckAndRenderWithoutWaitingOnIt() throws Exception {
    Path fifo = fifo(dir.resolve("enhet.xlsx"));

    assertThat(run("check", fifo.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString() + err)
        .contains("fel: enhet.xlsx: är en namngiven pipe (FIFO) och läses aldrig");

    assertThat(run("render", fifo.toString(), "-o", dir.resolve("ut.pdf").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("är en namngiven pipe (FIFO) och läses aldrig");
    assertThat(dir.resolve("ut.pdf")).doesNotExist();
  }

  @Test
  void aFifoInACsvFolderIsNamedNotTakenForAMissingFile() throws Exception {
    Path folder = copyOfSample("csv");
    Files.delete(folder.resolve("utfall.csv"));
    fifo(folder.resolve("utfall.csv"));

    assertThat(run("check", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);

    assertThat(out.toString() + err)
        .contains("fel: utfall.csv: är en namngiven pipe (FIFO) och läses aldrig")
        .doesNotContain("saknas (hittade");
  }

  @Test
  void initAndNextPeriodNeverReplaceAFifoOrADeviceEvenWithForce() throws Exception {
    Path fifo = fifo(dir.resolve("ny.xlsx"));
    Path device = device(dir.resolve("enhet.xlsx"));

    assertThat(run("init", "--force", fifo.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "ny.xlsx är en namngiven pipe (FIFO) och ersätts aldrig, inte heller med --force");
    assertThat(
            run(
                "next-period",
                "sample-data/lansjukvard2/lansjukvard2.xlsx",
                fifo.toString(),
                "--force"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    assertThat(fifo).exists();

    if (device != null) {
      assertThat(run("init", "--force", device.toString())).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString()).contains("enhet.xlsx är en enhet och ersätts aldrig");
      assertThat(Files.isRegularFile(device)).as("still a device node").isFalse();
    }
  }

  @Test
  void aFifoMatchedByABatchGlobFailsThatItemAndTheBatchGoesOn() throws Exception {
    Path units = Files.createDirectories(dir.resolve("enheter"));
    Files.copy(
        Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"), units.resolve("enhet-1.xlsx"));
    fifo(units.resolve("enhet-2.xlsx"));
    Path manifest = dir.resolve("batch.yaml");
    Files.writeString(manifest, "inputs: [\"enheter/*.xlsx\"]\noutput: ut\n");

    int exit = run("batch", manifest.toString());

    assertThat(exit).as(out.toString() + err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString() + err).contains("är en namngiven pipe (FIFO) och läses aldrig");
    try (Stream<Path> written = Files.list(dir.resolve("ut"))) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("enhet-1") && name.endsWith(".pdf"))
          .noneMatch(name -> name.startsWith("enhet-2"));
    }
  }

  @Test
  void aFifoThemeIsRefusedAndAFifoOrTextLogoInTheTemplateFolderIsWarnedAbout() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mallar/common"));
    fifo(templates.resolve("tema.css"));

    assertThat(render("--templates", dir.resolve("mallar").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen common/layout.ftl")
        .contains("mallen common/tema.css är en namngiven pipe (FIFO) och läses aldrig");

    Path logoFolder = Files.createDirectories(dir.resolve("logomallar"));
    fifo(logoFolder.resolve("logo.png"));
    assertThat(render("--templates", logoFolder.toString())).isEqualTo(ExitCodes.OK);
    assertThat(err.toString())
        .contains("varning: " + logoFolder.resolve("logo.png") + " (mallkatalogens logotyp)")
        .contains("ingen vanlig fil");

    Files.delete(logoFolder.resolve("logo.png"));
    Files.writeString(logoFolder.resolve("logo.png"), "ingen bild");
    assertThat(render("--templates", logoFolder.toString())).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("logotypen är ingen PNG- eller JPEG-bild");
  }

  @Test
  void aReportKindNamingATemplateFragmentIsASwedishTemplateError() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mallar"));
    Files.writeString(templates.resolve("trasig.ftl"), "<p>hej\n<b>oj</p>\n");

    assertThat(render("--kind", "common/layout")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen common/layout.ftl: mallen skriver inget dokument")
        .doesNotContain("SAX", "TRaX", "Exception");

    assertThat(render("--kind", "trasig", "--templates", templates.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("Fel i mallen trasig.ftl: det mallen skriver är inget välformat XHTML-dokument")
        .contains("rad 2, kolumn 8")
        .doesNotContain("SAX", "TRaX", "Exception");
  }

  private int render(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "render";
    args[1] = SAMPLE.toString();
    args[2] = "-o";
    args[3] = dir.resolve("bilaga.pdf").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return run(args);
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    return path;
  }

  /** A character device node like /dev/null, or null when this user may not make one. */
  private static Path device(Path path) throws IOException, InterruptedException {
    Process mknod =
        new ProcessBuilder("mknod", path.toString(), "c", "1", "3")
            .redirectErrorStream(true)
            .start();
    return mknod.waitFor() == 0 ? path : null;
  }
}

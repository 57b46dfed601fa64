package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code render}, {@code init} and {@code next-period} do with their output file, through the
 * real command line: never onto an input (after symlinks), the format from the extension, file
 * modes from the umask or the replaced file, and the reason in Swedish when the file system says
 * no. Every refusal is exit 2 with one message, no stack trace and no file touched.
 */
class OutputSafetyTest {
  static final Path SAMPLE = Path.of("sample-data/lansjukvard2");

  @TempDir Path dir;
  private Path workbook;
  private Path csv;
  private byte[] workbookBytes;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copySample() throws IOException {
    workbook = Files.copy(SAMPLE.resolve("lansjukvard2.xlsx"), dir.resolve("enhet.xlsx"));
    workbookBytes = Files.readAllBytes(workbook);
    csv = Files.createDirectories(dir.resolve("csv"));
    try (Stream<Path> files = Files.list(SAMPLE.resolve("csv"))) {
      for (Path file : files.toList()) {
        Files.copy(file, csv.resolve(file.getFileName().toString()));
      }
    }
  }

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private void assertNoTrace() {
    assertThat(out.toString() + err)
        .doesNotContain("Exception", "\tat ", "Internt fel")
        .doesNotContain(".tmp");
  }

  private void assertNoTempFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void renderOntoItsOwnWorkbookIsRefusedAndTheWorkbookIsUntouched() throws IOException {
    int exit = run("render", workbook.toString(), "-o", workbook.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("är indata").contains("skrivs aldrig över");
    assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
    assertNoTrace();
    assertNoTempFiles(dir);
  }

  @Test
  void renderOntoAnInputThroughASymlinkIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("bilaga.pdf"), workbook);

    int exit = run("render", workbook.toString(), "-o", link.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("är indata");
    assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void renderOntoAFileOfTheInputCsvFolderIsRefused() throws IOException {
    Path outcomes = csv.resolve("utfall.csv");
    byte[] before = Files.readAllBytes(outcomes);
    Path viaDotDot = csv.resolve("../csv/utfall.csv");

    int exit = run("render", csv.toString(), "--format", "html", "-o", viaDotDot.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("är indata");
    assertThat(Files.readAllBytes(outcomes)).isEqualTo(before);
    assertNoTrace();
  }

  @Test
  void aNewCsvFileInTheInputFolderIsRefusedBecauseItWouldBeReadNextTime() {
    int exit = run("render", csv.toString(), "-o", csv.resolve("ny.csv").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ligger i indatamappen");
    assertThat(csv.resolve("ny.csv")).doesNotExist();
  }

  @Test
  void anUnknownExtensionIsRefusedRatherThanWritingAPdfUnderIt() {
    Path doc = dir.resolve("ut.doc");

    int exit = run("render", workbook.toString(), "-o", doc.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains(".doc").contains(".pdf, .html eller .docx");
    assertThat(doc).doesNotExist();
    assertNoTrace();
  }

  @Test
  void aDocxNameWritesAWordDocument() throws IOException {
    Path docx = dir.resolve("ut.docx");

    assertThat(run("render", workbook.toString(), "-o", docx.toString())).isZero();

    byte[] bytes = Files.readAllBytes(docx);
    assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(word.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyleID()));
    }
    assertThat(out.toString()).contains("Word");
  }

  @Test
  void theExtensionChoosesTheFormatAndAContradictingFormatIsRefused() throws IOException {
    Path html = dir.resolve("ut.html");

    assertThat(run("render", workbook.toString(), "-o", html.toString())).isZero();
    assertThat(Files.readString(html)).contains("<html").doesNotStartWith("%PDF");

    Path pdf = dir.resolve("ut2.html");
    assertThat(run("render", workbook.toString(), "--format", "pdf", "-o", pdf.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--format pdf passar inte");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void aNewFileGetsTheUmasksModeAndAReplacedFileKeepsItsOwn() throws IOException {
    Path probe = Files.createFile(dir.resolve("probe")); // created with the umask, like any file
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);
    Path pdf = dir.resolve("ny.pdf");

    assertThat(run("render", workbook.toString(), "-o", pdf.toString())).isZero();
    assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(umaskMode);
    if (umaskMode.equals(PosixFilePermissions.fromString("rw-r--r--"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)))
          .isEqualTo("rw-r--r--");
    }

    Path existing = dir.resolve("befintlig.html");
    Files.writeString(existing, "gammal");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(run("render", workbook.toString(), "-o", existing.toString())).isZero();
    assertThat(Files.readString(existing)).contains("<html");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aMissingOutputFolderIsNamedInSwedish() {
    Path target = dir.resolve("finns-inte/bilaga.pdf");

    int exit = run("render", workbook.toString(), "-o", target.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("mappen").contains("finns inte");
    assertNoTrace();
  }

  @Test
  void aTooLongFileNameSaysSoWithItsLength() throws IOException {
    Path target = dir.resolve("a".repeat(300) + ".pdf");

    int exit = run("render", workbook.toString(), "-o", target.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("filnamnet är för långt (304 byte; högst 255 tillåts)");
    assertNoTrace();
    assertNoTempFiles(dir);
  }

  @Test
  void aReadOnlyOutputFolderGivesThePermissionReason() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("skrivskyddad"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isWritable(folder), "running as root: a read-only mode is no barrier");
      int exit = run("render", workbook.toString(), "-o", folder.resolve("b.pdf").toString());

      assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString()).contains("saknar behörighet att skriva i mappen " + folder);
      assertNoTrace();
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void initAndNextPeriodNeverReplaceTheirOwnSource() throws IOException {
    assertThat(run("next-period", workbook.toString(), workbook.toString(), "--force"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(
            run(
                "init",
                dir.resolve("enhet.xlsx").toString(),
                "--from",
                "./" + dir.relativize(workbook),
                "--force"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("är indata");
    assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
    assertNoTrace();
  }

  @Test
  void aJvmErrorEndsAsExitThreeWithOneSwedishLineAndNoTrace() {
    StringWriter text = new StringWriter();
    int exit =
        TertialCommand.fatal(
            new StackOverflowError(), new String[] {"render"}, new PrintWriter(text));

    assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
    assertThat(text.toString()).contains("för djup nästling").doesNotContain("\tat ");
    StringWriter debug = new StringWriter();
    TertialCommand.fatal(
        new OutOfMemoryError(), new String[] {"--debug", "render"}, new PrintWriter(debug));
    assertThat(debug.toString()).contains("minnet tog slut").contains("\tat ");
  }
}

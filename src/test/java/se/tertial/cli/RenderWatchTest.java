package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.tertial.watch.WatchSession;

/**
 * Drives {@code render --watch} in-process on a copy of the sample workbook: the first render, a
 * saved change that shows in the second render, a half-written save that gives a finding and leaves
 * the previous PDF untouched, and a clean stop.
 */
class RenderWatchTest {

  private static final Path SAMPLE = Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx");
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void rendersAgainAfterASaveKeepsTheLastGoodPdfOnABrokenSaveAndStops() throws Exception {
    Path book = dir.resolve("bok.xlsx");
    Files.copy(SAMPLE, book);
    Path pdf = dir.resolve("bilaga.pdf");
    RenderCommand command = new RenderCommand();
    AtomicReference<WatchSession> session = new AtomicReference<>();
    command.onWatchStarted(session::set);
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread watcher =
        new Thread(() -> exit.set(cmd.execute(book.toString(), "-o", pdf.toString(), "--watch")));
    watcher.start();
    try {
      await(() -> out.toString().contains("Bevakar"));
      assertThat(lines("Skrev")).isEqualTo(1);
      assertThat(pdfText(pdf)).doesNotContain("Ändrat mått 42");

      renameFirstMeasure(book, "Ändrat mått 42");
      await(() -> lines("Skrev") == 2);
      assertThat(pdfText(pdf)).contains("Ändrat mått 42");

      byte[] good = Files.readAllBytes(pdf);
      byte[] whole = Files.readAllBytes(book);
      // Excel's lock file beside the workbook must not trigger anything.
      Files.write(dir.resolve("~$bok.xlsx"), new byte[] {1, 2, 3});
      Files.write(book, Arrays.copyOf(whole, whole.length / 3));
      await(() -> out.toString().contains("Ingen ny bilaga"));
      assertThat(err.toString()).contains("bok.xlsx").contains("skadad");
      assertThat(Files.readAllBytes(pdf)).isEqualTo(good);
      assertThat(lines("Skrev")).isEqualTo(2);
    } finally {
      assertThat(session.get()).isNotNull();
      assertThat(session.get().stopAndWait(PATIENCE)).isTrue();
      watcher.join(PATIENCE.toMillis());
    }
    assertThat(exit.get()).isZero();
    assertThat(out.toString()).contains("Bevakningen avslutad.");
    assertThat(out.toString().lines().filter(l -> l.contains("Skrev")))
        .allMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d Skrev .*bilaga\\.pdf \\(PDF\\) på .*"));
  }

  private long lines(String word) {
    return out.toString().lines().filter(l -> l.contains(word)).count();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("väntade för länge").isLessThan(end);
      Thread.sleep(50);
    }
  }

  /** Saves the workbook in place, as a program would, with a new name for measure M01. */
  private static void renameFirstMeasure(Path book, String name) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(book);
        Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Styrmått");
      Row header = sheet.getRow(0);
      int column = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        if ("Styrmått".equals(header.getCell(c).getStringCellValue())) {
          column = c;
        }
      }
      assertThat(column).isNotNegative();
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("M01");
      sheet.getRow(1).getCell(column).setCellValue(name);
      var buffer = new java.io.ByteArrayOutputStream();
      workbook.write(buffer);
      bytes = buffer.toByteArray();
    }
    try (OutputStream target = Files.newOutputStream(book)) {
      target.write(bytes);
    }
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return se.tertial.render.PdfText.flat(
          new PDFTextStripper().getText(doc).replace('\u00a0', ' '));
    }
  }
}

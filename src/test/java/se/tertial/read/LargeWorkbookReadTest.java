package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading stays in bounded memory whatever a workbook holds besides the contract's sheets: the 25
 * MB workbook of {@link LargeWorkbooks} (a large helper sheet with its own shared strings, styled
 * empty rows down to row 1 048 576) is checked by the real command line in a JVM limited to a 256
 * MB heap. Before the streaming reader it needed over 2 GB.
 */
class LargeWorkbookReadTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void largeHelperSheetAndStyledRowsToTheLastRowAreReadWithin256MbOfHeap() throws Exception {
    Path workbook = dir.resolve("stor.xlsx");
    LargeWorkbooks.largeHelperSheet(workbook);
    assertThat(Files.size(workbook)).isBetween(20L * 1024 * 1024, 40L * 1024 * 1024);

    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "se.tertial.cli.TertialCommand",
                    "check",
                    workbook.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .directory(new File("."))
            .start();
    assertThat(process.waitFor(9, TimeUnit.MINUTES)).as("check finished").isTrue();

    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(stderr).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(process.exitValue()).as(stdout + stderr).isZero();
    assertThat(stdout.strip()).isEqualTo("Inga anmärkningar.");
  }
}

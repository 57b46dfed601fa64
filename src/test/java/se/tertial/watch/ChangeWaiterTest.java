package se.tertial.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file changes wake {@code render --watch} and which do not. */
class ChangeWaiterTest {

  @TempDir Path dir;

  private ChangeWaiter waiter(Path output) {
    return new ChangeWaiter(
        List.of(dir), new IgnoredFiles(output), Duration.ofMillis(20), Duration.ofMillis(100));
  }

  /** Waits at most about a second; true when a settled change was seen. */
  private static boolean changedWithin(ChangeWaiter waiter) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    return waiter.awaitSettledChange(() -> System.nanoTime() > end);
  }

  @Test
  void lockTemporaryHiddenAndOutputFilesAreIgnored() throws Exception {
    Files.writeString(dir.resolve("utfall.csv"), "ID;Period\n");
    Path output = dir.resolve("bilaga.pdf");
    ChangeWaiter waiter = waiter(output);
    Files.writeString(dir.resolve("~$utfall.csv"), "lock");
    Files.writeString(dir.resolve(".~lock.utfall.csv#"), "lock");
    Files.writeString(dir.resolve(".bilaga.pdf.123.tmp"), "half");
    Files.writeString(dir.resolve("utfall.csv~"), "backup");
    Files.writeString(output, "%PDF-");
    assertThat(changedWithin(waiter)).isFalse();
  }

  @Test
  void aSavedInputFileIsAChangeOnceItStaysUnchanged() throws Exception {
    Path csv = dir.resolve("utfall.csv");
    Files.writeString(csv, "ID;Period\n");
    ChangeWaiter waiter = waiter(null);
    Files.writeString(csv, "ID;Period\nM01;2022-T1\n");
    assertThat(changedWithin(waiter)).isTrue();
    assertThat(changedWithin(waiter)).as("one save, one render").isFalse();
  }

  @Test
  void aNewFileInTheFolderIsAChange() throws Exception {
    ChangeWaiter waiter = waiter(null);
    Files.writeString(dir.resolve("texter.csv"), "Rubrik;Text\n");
    assertThat(changedWithin(waiter)).isTrue();
  }

  @Test
  void aTruncatedWorkbookDoesNotLookComplete() throws Exception {
    Path book = dir.resolve("bok.xlsx");
    byte[] whole = Files.readAllBytes(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"));
    Files.write(book, whole);
    assertThat(WorkbookProbe.looksComplete(book)).isTrue();
    Files.write(book, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(WorkbookProbe.looksComplete(book)).isFalse();
    assertThat(WorkbookProbe.looksComplete(dir)).as("a CSV folder is for the reader").isTrue();
  }
}

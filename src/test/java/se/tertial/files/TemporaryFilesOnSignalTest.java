package se.tertial.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.testing.ChildJvm;

/**
 * A JVM stopped with SIGTERM (a service manager, a CI timeout) or Ctrl-C removes the temporary
 * files of writes it had not finished, as an error does: a real child JVM is signalled while its
 * temporary output file exists.
 */
class TemporaryFilesOnSignalTest {
  @TempDir Path dir;

  /** The child: creates a temporary file as an atomic write does, says so, and waits. */
  public static void main(String[] args) throws Exception {
    Path temporary = Path.of(args[0]);
    Files.write(temporary, new byte[1024 * 1024]);
    TemporaryFiles.created(temporary);
    System.out.println("klar");
    System.out.flush();
    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
  }

  @Test
  void sigtermRemovesATemporaryFileNotYetMovedIntoPlace() throws Exception {
    Path temporary = dir.resolve(".bilaga.pdf.a1b2c3.tmp");
    Process child =
        new ProcessBuilder(
                List.of(
                    ChildJvm.java(),
                    "-cp",
                    ChildJvm.classpath(),
                    TemporaryFilesOnSignalTest.class.getName(),
                    temporary.toString()))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("klar");
      assertThat(temporary).isRegularFile();

      child.destroy(); // SIGTERM on Linux and macOS

      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(temporary).doesNotExist();
  }

  @Test
  void aWrittenFileIsNoLongerPending() throws Exception {
    Path target = dir.resolve("ut.pdf");
    int before = TemporaryFiles.pending();

    AtomicFiles.write(target, new byte[] {1, 2, 3});

    assertThat(TemporaryFiles.pending()).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(target);
    }
  }
}

package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch-report.json's messages name files relative to the manifest, like its input field. */
class BatchReportMessagesTest {
  @TempDir Path dir;

  @Test
  void absolutePathsUnderTheManifestFolderBecomeRelative() {
    Path base = dir.resolve("delår");
    String missing = base.resolve("enheter/norr.xlsx").toAbsolutePath().toString();

    List<String> messages =
        BatchReport.relativeMessages(
            List.of(
                "fel: " + missing + ": filen eller mappen finns inte",
                "fel: Kan inte skriva " + base.toAbsolutePath() + "/ut/norr.pdf: disken är full"),
            base);

    assertThat(messages)
        .containsExactly(
            "fel: enheter/norr.xlsx: filen eller mappen finns inte",
            "fel: Kan inte skriva ut/norr.pdf: disken är full");
    assertThat(String.join("\n", messages)).doesNotContain(dir.toString());
  }
}

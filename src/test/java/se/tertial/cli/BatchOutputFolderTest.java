package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A manifest whose inputs glob everything never takes its own output folder as an input. */
class BatchOutputFolderTest extends CommandLineHarness {

  @Test
  void aRerunWithInputsStarLeavesTheOutputFolderOut() throws Exception {
    Files.copy(Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx"), dir.resolve("enhet.xlsx"));
    Path manifest = dir.resolve("batch.yaml");
    Files.writeString(manifest, "inputs: [\"*\"]\noutput: ut\n");

    int first = run("batch", manifest.toString());
    int second = run("batch", manifest.toString());

    assertThat(first).as(out.toString() + err).isZero();
    assertThat(second).as(out.toString() + err).isZero();
    assertThat(out.toString() + err).doesNotContain("ut/:", "indata");
    assertThat(dir.resolve("ut")).isDirectoryContaining(p -> p.toString().endsWith(".pdf"));
  }
}

package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.TertialCommand;

/**
 * {@code render --all-periods -o D} and {@code batch} over the same workbook go through one
 * document job: they write the same file names, {@code <input>-<period>.pdf}, with the same bytes.
 */
class RenderAndBatchAgreeTest {
  private static final Path SAMPLE = Path.of("sample-data", "lansjukvard2", "lansjukvard2.xlsx");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static List<String> documents(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pdf"))
          .sorted()
          .toList();
    }
  }

  @Test
  void renderAllPeriodsAndBatchWriteTheSameNamesAndBytes() throws IOException {
    Path unit = Files.createDirectories(dir.resolve("enheter"));
    Path workbook = Files.copy(SAMPLE, unit.resolve("Länssjukvård 2.xlsx"));
    Path manifest =
        Files.writeString(
            dir.resolve("region.yaml"), "inputs:\n  - \"enheter/*.xlsx\"\nperiods: all\n");

    assertThat(run("render", workbook.toString(), "--all-periods", "-o", dir + "/render"))
        .as(err.toString())
        .isZero();
    assertThat(run("batch", manifest.toString(), "-o", dir + "/batch", "--quiet"))
        .as(err.toString())
        .isZero();

    List<String> rendered = documents(dir.resolve("render"));
    // utfall has rows for 2021-T1, 2021-ÅR and 2022-T1; the name is the input's, folded to ASCII.
    assertThat(rendered)
        .containsExactly(
            "lanssjukvard-2-2021-AR.pdf",
            "lanssjukvard-2-2021-T1.pdf",
            "lanssjukvard-2-2022-T1.pdf");
    assertThat(documents(dir.resolve("batch"))).isEqualTo(rendered);
    for (String name : rendered) {
      assertThat(Files.readAllBytes(dir.resolve("batch").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("render").resolve(name)));
    }
  }
}

package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.ExitCodes;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Period;

/** {@code tertial batch} end to end on a generated region, in-process. */
class BatchRunTest {
  private static final List<Period> SIX_PERIODS = Period.parseRange("2021-T1..2022-ÅR");

  @TempDir static Path region;

  @BeforeAll
  static void writeRegion() throws IOException {
    RegionFixture.write(region.resolve("enheter"), 30, SIX_PERIODS);
    // One broken workbook among the thirty: a text file with an .xlsx name.
    Files.writeString(region.resolve("enheter/enhet-99-trasig.xlsx"), "inte en arbetsbok");
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void thirtyUnitsTimesSixPeriodsRenderAndTheBrokenWorkbookFailsAlone() throws IOException {
    Path manifest =
        Files.writeString(
            region.resolve("region.yaml"),
            """
            inputs: ["enheter/*.xlsx"]
            periods: ["2021-T1..2022-ÅR"]
            output: ut-html
            format: html
            """);

    int exit = run("batch", manifest.toString(), "--jobs", "2");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    JsonNode report =
        new ObjectMapper().readTree(region.resolve("ut-html/batch-report.json").toFile());
    assertThat(report.at("/counts/total").asInt()).isEqualTo(30 * 6 + 1);
    assertThat(report.at("/counts/failed").asInt()).isEqualTo(1);
    assertThat(report.at("/counts/ok").asInt() + report.at("/counts/warnings").asInt())
        .isEqualTo(180);
    try (Stream<Path> files = Files.list(region.resolve("ut-html"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".html"))).hasSize(180);
    }
    assertThat(out.toString())
        .contains("enhet-99-trasig.xlsx")
        .contains("filen är ingen Excel-arbetsbok")
        .contains("Klart: 181 rapporter");
    // Not a terminal: one plain line per report on stderr for CI logs.
    assertThat(err.toString().lines().filter(l -> l.contains(" → "))).hasSize(180);
  }

  @Test
  void parallelPdfsAreByteIdenticalToSequentialOnes() throws Exception {
    Path manifest =
        Files.writeString(
            region.resolve("two.yaml"),
            """
            inputs: ["enheter/enhet-0[12].xlsx"]
            periods: ["2022-T1", "2022-T2"]
            """);

    assertThat(
            run(
                "batch",
                manifest.toString(),
                "-o",
                region.resolve("seq").toString(),
                "--jobs",
                "1",
                "--quiet"))
        .isZero();
    assertThat(
            run(
                "batch",
                manifest.toString(),
                "-o",
                region.resolve("par").toString(),
                "--jobs",
                "2",
                "--quiet"))
        .isZero();

    Map<String, String> sequential = hashes(region.resolve("seq"));
    assertThat(sequential).hasSize(5); // four PDFs and batch-report.json
    assertThat(hashes(region.resolve("par"))).isEqualTo(sequential);
  }

  @Test
  void failFastStopsStartingNewInputs() throws IOException {
    Path manifest =
        Files.writeString(
            region.resolve("fail.yaml"),
            """
            inputs: ["enheter/enhet-99-trasig.xlsx", "enheter/enhet-0*.xlsx"]
            periods: ["2022-ÅR"]
            format: html
            """);

    int exit =
        run(
            "batch",
            manifest.toString(),
            "-o",
            region.resolve("ff").toString(),
            "--jobs",
            "1",
            "--fail-fast",
            "--quiet");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    try (Stream<Path> files = Files.list(region.resolve("ff"))) {
      // Inputs are sorted: enhet-01…09 come before enhet-99, so those ran; none after it.
      assertThat(files.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(9);
    }
  }

  private static Map<String, String> hashes(Path folder) throws Exception {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        result.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
      }
    }
    return result;
  }
}

package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.ExitCodes;
import se.tertial.cli.TertialCommand;

/**
 * {@code tertial batch} with inputs whose output names would collide: names are made unique before
 * anything is rendered (parent folders in front), inputs that cannot be told apart are refused
 * naming each other, {@code batch-report.json} never lists two reports at one path, and its paths
 * are relative to the manifest (inputs) and the output folder (outputs), never absolute.
 */
class BatchOutputSafetyTest {
  static final Path SAMPLE = Path.of("sample-data/lansjukvard2/lansjukvard2.xlsx");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private void copy(String relative) throws IOException {
    Path target = dir.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.copy(SAMPLE, target);
  }

  @Test
  void sameNamesInTwoFoldersGetTheirFolderInFrontAndNeverOverwriteEachOther() throws Exception {
    copy("data/norr/enhet.xlsx");
    copy("data/syd/enhet.xlsx");
    copy("data/annan.xlsx");
    Path manifest =
        Files.writeString(
            dir.resolve("region.yaml"), "inputs: [\"data/**.xlsx\"]\noutput: ut\nformat: html\n");

    int exit = run("batch", manifest.toString(), "--quiet");

    assertThat(exit).as(out.toString() + err).isZero();
    try (Stream<Path> files = Files.list(dir.resolve("ut"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "annan-2022-T1.html",
              "batch-report.json",
              "norr-enhet-2022-T1.html",
              "syd-enhet-2022-T1.html");
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("ut/batch-report.json").toFile());
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    report.get("reports").forEach(r -> inputs.add(r.get("input").asText()));
    report.get("reports").forEach(r -> outputs.add(r.get("output").asText()));
    assertThat(inputs)
        .containsExactly("data/annan.xlsx", "data/norr/enhet.xlsx", "data/syd/enhet.xlsx");
    assertThat(outputs).doesNotHaveDuplicates().allMatch(o -> !o.startsWith("/"));
  }

  @Test
  void namesThatFoldAlikeInOneFolderAreRefusedNamingBothAndTheRestIsWritten() throws Exception {
    copy("enheter/Enhet Å.xlsx");
    copy("enheter/enhet-a.xlsx");
    copy("enheter/enhet-b.xlsx");
    Path manifest =
        Files.writeString(
            dir.resolve("region.yaml"), "inputs: [\"enheter/*.xlsx\"]\nformat: html\n");

    int exit = run("batch", manifest.toString(), "-o", dir.resolve("ut").toString(), "--quiet");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    try (Stream<Path> files = Files.list(dir.resolve("ut"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("batch-report.json", "enhet-b-2022-T1.html");
    }
    assertThat(out.toString())
        .contains("Enhet Å.xlsx")
        .contains("enhet-a.xlsx")
        .contains("skulle bli detsamma som för")
        .doesNotContain("Exception");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("ut/batch-report.json").toFile());
    assertThat(report.at("/counts/failed").asInt()).isEqualTo(2);
    assertThat(report.at("/counts/total").asInt()).isEqualTo(3);
  }

  @Test
  void inputsOutsideTheManifestFolderAreListedRelativelyNeverAbsolutely() throws Exception {
    copy("delad/enhet.xlsx");
    Path manifests = Files.createDirectories(dir.resolve("manifest"));
    Path manifest =
        Files.writeString(
            manifests.resolve("region.yaml"), "inputs: [\"../delad/enhet.xlsx\"]\nformat: html\n");
    Path outside = dir.resolve("utanfor");

    assertThat(run("batch", manifest.toString(), "-o", outside.toString(), "--quiet")).isZero();

    String json = Files.readString(outside.resolve("batch-report.json"));
    assertThat(json).doesNotContain(dir.toString());
    JsonNode report = new ObjectMapper().readTree(json);
    assertThat(report.at("/reports/0/input").asText()).isEqualTo("../delad/enhet.xlsx");
    assertThat(report.at("/reports/0/output").asText()).isEqualTo("enhet-2022-T1.html");
  }

  @Test
  void theSummaryNamesTheReportFileThisRunWrote() throws Exception {
    copy("enheter/enhet.xlsx");
    Path manifest = Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enheter/*.xlsx\"]\n");
    Path ut = dir.resolve("ut");

    int exit = run("batch", manifest.toString(), "-o", ut.toString(), "--quiet");

    assertThat(exit).isNotEqualTo(ExitCodes.BAD_INPUT);
    Path report = ut.resolve("batch-report.json");
    assertThat(out.toString()).contains("Klart: 1 rapporter").contains("Rapport: " + report);
    assertThat(new ObjectMapper().readTree(report.toFile()).at("/counts/total").asInt())
        .isEqualTo(1);
  }

  @Test
  void aReportFileThatCannotBeWrittenIsNotNamedInTheSummary() throws Exception {
    copy("enheter/enhet.xlsx");
    Path manifest = Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enheter/*.xlsx\"]\n");
    Path ut = dir.resolve("ut");
    // A folder where the report goes: no write replaces it, whoever runs the test.
    Files.createDirectories(ut.resolve("batch-report.json").resolve("kvar"));

    int exit = run("batch", manifest.toString(), "-o", ut.toString(), "--quiet");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).contains("Klart: 1 rapporter").doesNotContain("Rapport:");
    assertThat(err.toString()).contains("batch-report.json");
    assertThat(out.toString() + err).doesNotContain("Exception");
    assertThat(Files.isDirectory(ut.resolve("batch-report.json"))).isTrue();
  }

  @Test
  void aReadOnlyOutputFolderStillPrintsTheTableOfWhatFailed() throws Exception {
    copy("enheter/enhet.xlsx");
    Path ut = Files.createDirectories(dir.resolve("ut"));
    Path manifest = Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enheter/*.xlsx\"]\n");
    Files.writeString(ut.resolve("batch-report.json"), "{}\n"); // an earlier run's
    Files.setPosixFilePermissions(
        ut, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isWritable(ut), "running as root: a read-only mode is no barrier");

      int exit = run("batch", manifest.toString(), "-o", ut.toString(), "--quiet");

      assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(out.toString())
          .contains("failed")
          .contains("enhet.xlsx")
          .contains("saknar behörighet att skriva i mappen")
          .doesNotContain("Rapport:");
      assertThat(out.toString() + err).doesNotContain("Exception", ".tmp");
    } finally {
      Files.setPosixFilePermissions(
          ut, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}

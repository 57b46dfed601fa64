package se.tertial.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code check} over many units and periods in one run, on a generated repository (unit 3 broken,
 * unit 5 without one outcome in 2022-T2): every unit reported, never stopping at the broken one,
 * the worst exit code, and every finding {@code batch} finds.
 */
class CheckManyUnitsTest extends CiRepositoryTest {

  private String unit(int n) {
    return root.resolve("enheter/enhet-0" + n + ".xlsx").toString();
  }

  @Test
  void manifestChecksEveryUnitForEveryPeriodPastTheBrokenOneAndExitsTwo() {
    int exit = run("check", "--manifest", root.resolve("region.yaml").toString());

    assertThat(exit).as(err).isEqualTo(2);
    for (int n = 1; n <= 5; n++) {
      assertThat(out).contains(unit(n));
    }
    assertThat(out.lines())
        .contains(
            unit(1) + " (2022-T1, 2022-T2, 2022-ÅR): 0 fel, 0 varningar",
            unit(3) + ": 1 fel, 0 varningar",
            "  fel: enhet-03.xlsx, blad Utfall, rad 2, kolumn Kvinnor: \"4l%\" är inget tal",
            unit(5) + " (2022-T1, 2022-T2, 2022-ÅR): 0 fel, 1 varning",
            "  varning (2022-T2): enhet-05.xlsx, blad Styrmått, rad 6, kolumn ID: styrmåttet M05"
                + " saknar utfall för 2022-T2",
            "Kontroll klar: 5 enheter, 13 rapporter: 1 fel, 1 varning.");
  }

  @Test
  void globsListsRangesAndAllChooseWhatIsChecked() {
    // A quoted glob, as on Windows or in a YAML step, is expanded by tertial itself.
    int exit =
        run(
            "check",
            root.resolve("enheter").toString() + "/enhet-0[125].xlsx",
            "--period",
            "2022-T1..2022-T2",
            "--strict");

    assertThat(exit).isEqualTo(1);
    assertThat(out).contains("Kontroll klar: 3 enheter, 6 rapporter: 0 fel, 1 varning.");

    assertThat(run("check", unit(1), unit(2), "--period", "all", "--strict")).isZero();
    assertThat(out).contains("Kontroll klar: 2 enheter, 6 rapporter: 0 fel, 0 varningar.");

    assertThat(run("check", unit(5), "--period", "2022-T1,2022-ÅR", "--strict")).isZero();
  }

  @Test
  void aGlobThatMatchesNothingIsAUsageError() {
    assertThat(run("check", root.resolve("enheter").toString() + "/*.csv")).isEqualTo(2);
    assertThat(err).contains("inga indata matchar").contains("*.csv");
  }

  @Test
  void batchCheckOnlyGivesWhatCheckOfTheManifestGives() {
    String manifest = root.resolve("region.yaml").toString();
    assertThat(run("check", "--manifest", manifest, "--format", "json")).isEqualTo(2);
    String check = out;

    assertThat(run("batch", manifest, "--check-only", "--format", "json")).isEqualTo(2);

    assertThat(out).isEqualTo(check);
    assertThat(root.resolve("ut")).doesNotExist();
  }

  @Test
  void checkFindsEveryFindingTheBatchFinds() throws IOException {
    Path copy = Files.createDirectories(root.resolve("kopia"));
    Path output = copy.resolve("ut");
    String manifest = root.resolve("region.yaml").toString();
    assertThat(run("check", "--manifest", manifest, "--format", "json")).isEqualTo(2);
    Set<String> checked = findings(new ObjectMapper().readTree(out));

    int exit = run("batch", manifest, "--format", "html", "-o", output.toString());

    assertThat(exit).isEqualTo(2);
    Set<String> batched =
        findings(new ObjectMapper().readTree(output.resolve("batch-report.json").toFile()));
    assertThat(batched).hasSize(2);
    assertThat(checked).containsAll(batched);
    assertThat(
            CiOutputsTest.errors(schema(), Files.readString(output.resolve("batch-report.json"))))
        .isEmpty();
  }

  private static com.networknt.schema.JsonSchema schema() throws IOException {
    return CiOutputsTest.findingsSchema();
  }

  /** Each finding as unit file name, period, code and position, the same in check and batch. */
  private static Set<String> findings(JsonNode json) {
    Set<String> findings = new HashSet<>();
    for (JsonNode report : json.get("reports")) {
      String input = Path.of(report.get("input").asText()).getFileName().toString();
      for (JsonNode finding : report.get("findings")) {
        findings.add(
            String.join(
                "|",
                input,
                report.get("period").asText(),
                finding.get("code").asText(),
                finding.get("text").asText()));
      }
    }
    return findings;
  }
}

package se.tertial.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of acknowledged warnings: {@code --write-baseline} records the warnings of today,
 * after which {@code --strict} fails only on new ones; an entry that matches nothing any more is
 * reported as stale.
 */
class BaselineTest extends CiRepositoryTest {
  @TempDir Path dir;

  private Path unit(int n) throws IOException {
    Path copy = dir.resolve("enhet-0" + n + ".xlsx");
    if (!Files.exists(copy)) {
      Files.copy(root.resolve("enheter/enhet-0" + n + ".xlsx"), copy);
    }
    return copy;
  }

  @Test
  void strictFailsOnlyOnWarningsTheBaselineDoesNotAcknowledge() throws IOException {
    Path baseline = dir.resolve("tertial-baseline.json");
    String five = unit(5).toString();
    assertThat(run("check", five, "--period", "all", "--strict")).isEqualTo(1);

    assertThat(
            run(
                "check",
                five,
                "--period",
                "all",
                "--write-baseline",
                "--baseline",
                baseline.toString()))
        .as(err)
        .isZero();
    assertThat(out).contains("Baslinjen " + baseline + " skriven: 1 godkänd varning.");
    JsonNode entry = new ObjectMapper().readTree(baseline.toFile()).at("/acknowledged/0");
    assertThat(entry.get("input").asText()).isEqualTo("enhet-05.xlsx");
    assertThat(entry.get("code").asText()).isEqualTo("outcome.missing");
    assertThat(entry.get("location").asText()).isEqualTo("enhet-05.xlsx|Styrmått|6|ID");
    assertThat(entry.get("hash").asText()).matches("[0-9a-f]{16}");

    assertThat(run("check", five, "--period", "all", "--strict", "--baseline", baseline.toString()))
        .isZero();
    assertThat(out)
        .contains("saknar utfall för 2022-T2 (godkänd i baslinjen)")
        .contains("0 fel, 0 varningar, 1 godkänd i baslinjen");

    // The same warning in another unit is new: the baseline names the unit.
    Path other = dir.resolve("enhet-06.xlsx");
    Files.copy(unit(5), other);
    assertThat(
            run(
                "check",
                five,
                other.toString(),
                "--period",
                "all",
                "--strict",
                "--baseline",
                baseline.toString()))
        .isEqualTo(1);
    assertThat(out).contains("enhet-06.xlsx (2022-T1, 2022-T2, 2022-ÅR): 0 fel, 1 varning");
  }

  @Test
  void theBaselineBesideTheManifestIsFoundAndItsStaleEntriesAreReported() throws IOException {
    unit(1);
    unit(5);
    Files.writeString(dir.resolve("region.yaml"), "inputs: [\"enhet-0[15].xlsx\"]\nperiods: all\n");
    String manifest = dir.resolve("region.yaml").toString();
    assertThat(run("check", "--manifest", manifest, "--write-baseline")).isZero();
    Path baseline = dir.resolve("tertial-baseline.json");
    assertThat(baseline).isRegularFile();
    // The warning's text changes (another hash): the entry is stale and the warning new again.
    Files.writeString(
        baseline,
        Files.readString(baseline)
            .replaceFirst("\"hash\" : \"[0-9a-f]+\"", "\"hash\" : \"0000000000000000\""));

    int exit = run("check", "--manifest", manifest, "--strict", "--format", "json");

    assertThat(exit).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("staleBaseline")).hasSize(1);
    assertThat(json.at("/staleBaseline/0/input").asText()).isEqualTo("enhet-05.xlsx");
    assertThat(run("check", "--manifest", manifest)).isZero();
    assertThat(out)
        .contains(
            "baslinje: enhet-05.xlsx: posten (outcome.missing, enhet-05.xlsx|Styrmått|6|ID) matchar ingen anmärkning längre");
  }

  @Test
  void errorsAreNeverAcknowledged() throws IOException {
    Path broken = unit(3);
    assertThat(
            run(
                "check",
                broken.toString(),
                "--write-baseline",
                "--baseline",
                dir.resolve("b.json").toString()))
        .isEqualTo(2);
    assertThat(out).contains("skriven: 0 godkända varningar");
    assertThat(run("check", broken.toString(), "--baseline", dir.resolve("b.json").toString()))
        .isEqualTo(2);
  }

  @Test
  void aBaselineThatCannotBeReadIsAUsageErrorNamingIt() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"acknowledged\": 3}");
    assertThat(run("check", unit(1).toString(), "--baseline", bad.toString())).isEqualTo(2);
    assertThat(err).contains("bad.json: baslinjen ska vara en JSON-karta med listan acknowledged");
    assertThat(err).doesNotContain("Exception");
  }
}

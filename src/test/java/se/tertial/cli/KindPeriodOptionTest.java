package se.tertial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A period given on the command line or in a manifest is read by the report's kind, as the Rapport
 * sheet's {@code Period} is: a plan's bare year ({@code --period 2024}) is that year's plan, the
 * same document as {@code --period 2024-ÅR}, in {@code check}, {@code render}, {@code batch},
 * {@code diff} and {@code overview} alike; an appendix refuses a bare year with exit 2 and a
 * Swedish line naming where it was written.
 */
class KindPeriodOptionTest extends CommandLineHarness {
  private static final Path PLAN = Path.of("sample-data/rs-plan-2023/csv");

  @Test
  void renderReadsAPlansBareYearAsThatYearsPlan() throws IOException {
    Path bare = dir.resolve("bar.pdf");
    Path written = dir.resolve("skriven.pdf");

    assertThat(run("render", PLAN.toString(), "--period", "2024", "-o", bare.toString()))
        .as(err.toString())
        .isZero();
    String bareErr = err.toString();
    assertThat(run("render", PLAN.toString(), "--period", "2024-ÅR", "-o", written.toString()))
        .as(err.toString())
        .isZero();

    assertThat(bareErr).isEqualTo(err.toString());
    assertThat(Files.readAllBytes(bare)).isEqualTo(Files.readAllBytes(written));
  }

  @Test
  void checkReadsAPlansBareYearAsRenderDoes() {
    int bare = run("check", PLAN.toString(), "--period", "2024");
    String bareOut = out + "" + err;
    int written = run("check", PLAN.toString(), "--period", "2024-ÅR");

    assertThat(bare).as(bareOut).isEqualTo(written).isLessThan(ExitCodes.BAD_INPUT);
    assertThat(bareOut).isEqualTo(out + "" + err).doesNotContain("ingen period");
  }

  @Test
  void anAppendixRefusesABareYearNamingTheOption() {
    Path target = dir.resolve("bilaga.pdf");

    int exit = run("render", SAMPLE.toString(), "--period", "2022", "-o", target.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("--period: rapporttypen delarsbilaga läser inte \"2022\" som en period")
        .contains("skriv t.ex. 2022-T1, 2022-ÅR");
    assertThat(target).doesNotExist();

    assertThat(run("check", SAMPLE.toString(), "--period", "2022")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out + "" + err)
        .contains("--period: rapporttypen delarsbilaga läser inte \"2022\" som en period");
  }

  @Test
  void aManifestsBareYearIsReadByEachInputsKind() throws IOException {
    Path plan = copy(PLAN, dir.resolve("enheter/plan"));
    Path appendix = copy(SAMPLE, dir.resolve("enheter/bilaga"));
    Path manifest =
        Files.writeString(
            dir.resolve("region.yaml"),
            "inputs:\n  - \"" + plan + "\"\n  - \"" + appendix + "\"\nperiods: [2024]\n");

    int exit = run("batch", manifest.toString(), "-o", dir.resolve("ut").toString());

    assertThat(exit).as(out + "" + err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(dir.resolve("ut/plan-2024-AR.pdf")).isRegularFile();
    assertThat(out + "" + err)
        .contains("periods i region.yaml: rapporttypen delarsbilaga läser inte \"2024\"");

    assertThat(run("check", "--manifest", manifest.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out + "" + err)
        .contains("periods i region.yaml: rapporttypen delarsbilaga läser inte \"2024\"");
  }

  @Test
  void diffReadsAPlansBareYearsAsTheYearsPlans() {
    int bare = run("diff", PLAN.toString(), "--from", "2023", "--to", "2024", "--format", "json");
    String bareOut = out.toString();
    assertThat(bare).as(err.toString()).isZero();
    int written =
        run("diff", PLAN.toString(), "--from", "2023-ÅR", "--to", "2024-ÅR", "--format", "json");

    assertThat(written).as(err.toString()).isZero();
    assertThat(bareOut).isEqualTo(out.toString()).contains("\"from\" : \"2023-ÅR\"");
  }

  @Test
  void diffOnAnAppendixRefusesABareYearNamingTheOption() {
    int exit = run("diff", SAMPLE.toString(), "--from", "2021", "--to", "2022-T1");

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("--from: rapporttypen delarsbilaga läser inte \"2021\" som en period");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anOptionNamingOnePeriodRefusesAListOrARange() {
    assertThat(run("diff", SAMPLE.toString(), "--from", "2021-T1,2021-T2", "--to", "2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ogiltig --from: \"2021-T1,2021-T2\" är mer än en period");
    assertThat(run("overview", "region.yaml", "--period", "2021-T1..2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("ogiltig --period: \"2021-T1..2022-T1\" är mer än en period");
  }

  @Test
  void overviewReadsABareYearByEachUnitsKindAndNamesTheUnitThatRefusesIt() throws IOException {
    copy(PLAN, dir.resolve("planer/plan"));
    Path plans = Files.writeString(dir.resolve("planer.yaml"), "inputs:\n  - \"planer/plan\"\n");
    Path bare = dir.resolve("bar.json");
    Path written = dir.resolve("skriven.json");

    assertThat(run("overview", plans.toString(), "--period", "2024", "-o", bare.toString()))
        .as(err.toString())
        .isZero();
    assertThat(run("overview", plans.toString(), "--period", "2024-ÅR", "-o", written.toString()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(bare)).isEqualTo(Files.readString(written)).contains("2024");

    copy(SAMPLE, dir.resolve("planer/bilaga"));
    Path mixed =
        Files.writeString(
            dir.resolve("blandat.yaml"), "inputs:\n  - \"planer/plan\"\n  - \"planer/bilaga\"\n");
    Path refused = dir.resolve("blandat.json");

    assertThat(run("overview", mixed.toString(), "--period", "2024", "-o", refused.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "planer/bilaga: --period: rapporttypen delarsbilaga läser inte \"2024\" som en"
                + " period");
    assertThat(refused).doesNotExist();
  }

  @Test
  void aPlanWithoutOutcomesRendersItsOwnYearForAllPeriodsAndInAManifest() throws IOException {
    Path all = dir.resolve("alla");
    assertThat(run("render", PLAN.toString(), "--all-periods", "-o", all.toString()))
        .as(err.toString())
        .isZero();
    Path one = dir.resolve("en.pdf");
    assertThat(run("render", PLAN.toString(), "-o", one.toString())).as(err.toString()).isZero();
    try (var files = Files.list(all)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("rs-plan-2023-csv-2023-AR.pdf");
    }
    assertThat(Files.readAllBytes(all.resolve("rs-plan-2023-csv-2023-AR.pdf")))
        .isEqualTo(Files.readAllBytes(one));

    Path plan = copy(PLAN, dir.resolve("enheter/plan"));
    Path manifest =
        Files.writeString(
            dir.resolve("planer.yaml"), "inputs:\n  - \"" + plan + "\"\nperiods: all\n");
    assertThat(run("batch", manifest.toString(), "-o", dir.resolve("ut").toString()))
        .as(out + "" + err)
        .isZero();
    assertThat(dir.resolve("ut/plan-2023-AR.pdf")).isRegularFile();
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
    }
    return to;
  }
}

package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.ExitCodes;
import se.tertial.cli.TertialCommand;
import se.tertial.model.Finding;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/** The rules of the three kinds, each on a small input; HTML output keeps these fast. */
class KindBehaviourTest {
  private static final Path SAMPLES = Path.of("sample-data");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static List<Finding> findings(Path input, String code) {
    ReadResult read = ReadInput.read(input);
    return read.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void instructionTextLeftInCellsIsAWarningNamingTheCell() {
    List<Finding> left = findings(SAMPLES.resolve("manadsuppfoljning/csv"), "instruction.left");
    assertThat(left)
        .extracting(f -> f.where().row() + " " + f.where().column())
        .containsExactly(
            "6 Kommande månad",
            "6 Kommentarer",
            "6 Risker",
            "7 Kommande månad",
            "7 Senaste månaden",
            "7 Kommentarer",
            "7 Risker");
    assertThat(left.get(0).message())
        .contains("Sammanfatta kort det arbete som planeras för kommande månad.");
    assertThat(left).allMatch(f -> !f.isError());
  }

  @Test
  void checkWarnsAboutInstructionTextAndStrictFailsOnIt() {
    int exit = run("check", SAMPLES.resolve("manadsuppfoljning/csv").toString(), "--strict");
    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("mallens instruktionstext").contains("0 fel, 7 varningar");
  }

  @Test
  void theSamplePlansOnlyFindingsAreTheSeedsOwnSumsThatDoNotAddUp() {
    ReadResult read = ReadInput.read(SAMPLES.resolve("rs-plan-2023/csv"));
    // Seed 002's "Ekonomisk ram 2022": its Totalt row states 8 675,0 and 14,5 where the rows
    // above give 8 712,1 and 0 (explained in the sample's README); every other sum adds up.
    assertThat(read.findings())
        .extracting(f -> f.code() + " " + f.where().row() + " " + f.where().column())
        .containsExactly("budget.totalMismatch 12 Ram 2021", "budget.totalMismatch 12 Utökning");
    assertThat(read.findings()).noneMatch(Finding::isError);
  }

  @Test
  void aBudgetTotalThatDoesNotAddUpIsAFindingNamingTheRow() throws IOException {
    Path plan = copy(SAMPLES.resolve("rs-plan-2023/csv"), "plan");
    Path budget = plan.resolve("budget.csv");
    String csv = Files.readString(budget, StandardCharsets.UTF_8);
    // Regionbidrag 2024 stated as 9 620,0 while its rows give 9 610,0.
    Files.writeString(
        budget,
        csv.replace("Regionbidrag;mnkr;ja;9279,8;9610,0", "Regionbidrag;mnkr;ja;9279,8;9620,0"));
    Files.writeString(
        budget,
        Files.readString(budget)
            .replace("Kulturen;mnkr;;;;;;;;;;;;;;;0,5;0,5", "Kulturen;mnkr;;;;;;;;;;;;;;;0,5;5,0"),
        StandardCharsets.UTF_8);

    List<Finding> totals =
        findings(plan, "budget.totalMismatch").stream()
            .filter(f -> !f.message().contains("Totalt"))
            .toList();
    // Kulturen's wrong Summa also breaks the Summa row's Summa column: both are reported.
    assertThat(totals).extracting(f -> f.where().column()).containsExactly("2024", "Summa");
    assertThat(totals.get(0).message())
        .contains("9\u00a0620,0\u00a0mnkr")
        .contains("9\u00a0610,0\u00a0mnkr")
        .contains("Regionbidrag");
    List<Finding> rowTotals = findings(plan, "budget.rowTotalMismatch");
    assertThat(rowTotals).hasSize(1);
    assertThat(rowTotals.get(0).message()).contains("Kulturen").contains("5,0");

    assertThat(run("check", plan.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Regionbidrag").contains("Kulturen");
  }

  @Test
  void aRiskValueThatIsNotProbabilityTimesConsequenceIsAWarningNamingTheCell() throws IOException {
    Path plan = copy(SAMPLES.resolve("rs-plan-2023/csv"), "risk");
    Path risks = plan.resolve("riskbedomning.csv");
    String csv = Files.readString(risks, StandardCharsets.UTF_8);
    // Risk 3 is 3 × 4 = 12 in the seed; 11 does not add up, 5 is no grade.
    Files.writeString(
        risks,
        csv.replaceFirst(";3;4;12;", ";3;4;11;").replaceFirst(";2;2;4;", ";5;2;4;"),
        StandardCharsets.UTF_8);

    List<Finding> mismatch = findings(plan, "risk.valueMismatch");
    assertThat(mismatch).hasSize(1);
    assertThat(mismatch.get(0).where().column()).isEqualTo("Riskvärde");
    assertThat(mismatch.get(0).message()).contains("risk 3").contains("11").contains("12");
    List<Finding> invalid = findings(plan, "risk.gradeInvalid");
    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).isError()).isTrue();
    assertThat(invalid.get(0).where().column()).isEqualTo("Sannolikhet");
  }

  @Test
  void anItemWhoseTextRepeatsThePreviousPeriodsSaysNothingNew() throws IOException {
    Path in = Files.createDirectory(dir.resolve("uppdrag"));
    Files.writeString(
        in.resolve("rapport.csv"), "Fält;Värde\nPeriod;2017-03\nRapporttyp;uppdragsaterkoppling\n");
    Files.writeString(
        in.resolve("uppdrag.csv"),
        "Nr;Ärende;Rubrik\n1;Övrigt;Översyn av ansvar- sjukresor\n"
            + "2;Övrigt;Ytterligare koncentration av vård\n");
    Files.writeString(
        in.resolve("uppdragsstatus.csv"),
        "Nr;Period;Pågående arbete;Resultat\n"
            + "1;2016-12;Samverkan med Beställningscentralen.;\n"
            + "1;2017-03;Ett möte i processteamet inbokat 19 april.;\n"
            + "2;2016-12;Arbete pågår med   tidigare åtgärder.;Följs löpande.\n"
            + "2;2017-03;\"Arbete pågår med\ntidigare åtgärder.\";Följs löpande.\n");
    Path html = dir.resolve("u.html");

    assertThat(run("render", in.toString(), "--format", "html", "-o", html.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    String text = Files.readString(html);
    assertThat(text)
        .containsSubsequence(
            "Översyn av ansvar- sjukresor",
            "Ett möte i processteamet inbokat 19 april.",
            "Ytterligare koncentration av vård",
            "Inget nytt att redovisa sedan föregående rapport")
        .doesNotContain("Arbete pågår med")
        .doesNotContain("Samverkan med Beställningscentralen");
    assertThat(text.split("Inget nytt att redovisa", -1)).hasSize(2);
  }

  @Test
  void oneWorkbookDrivesBothThePlanAndTheT1Appendix() throws IOException {
    Path book = copy(SAMPLES.resolve("rs-plan-2023/csv"), "bok");
    // Outcomes made up for this test only (the sample has none): 2023-T1 for two measures.
    Files.writeString(
        book.resolve("utfall.csv"),
        "ID;Period;Kvinnor;Män;Totalt\nP04;2023-T1;;;96\nP13;2023-T1;7000;3600;\n");
    Files.writeString(
        book.resolve("rapport.csv"),
        Files.readString(book.resolve("rapport.csv"))
            .replace("2023-ÅR", "2023-T1")
            .replace("Rapporttyp;verksamhetsplan\n", ""));
    Path plan = dir.resolve("plan.html");
    Path appendix = dir.resolve("bilaga.html");

    assertThat(
            run(
                "render",
                book.toString(),
                "--kind",
                "verksamhetsplan",
                "--format",
                "html",
                "-o",
                plan.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(run("render", book.toString(), "--format", "html", "-o", appendix.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);

    String planText = Files.readString(plan);
    String appendixText = Files.readString(appendix);
    String measure = "Antal patienter som fått fråga om våld i nära relation";
    assertThat(planText)
        .contains(measure)
        .contains("Ingångsvärde")
        .contains("Mål 2025")
        .contains("Investeringsramar 2023")
        .doesNotContain("Måluppfyllelse");
    assertThat(appendixText)
        .contains(measure)
        .contains("Måluppfyllelse i perspektiv")
        .contains("Teckenförklaring")
        .contains("Uppfyllt");
  }

  @Test
  void checkAcceptsKindAndNeedsOnlyThatKindsSheets() {
    assertThat(run("check", SAMPLES.resolve("uppdrag-rd/csv").toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Inga anmärkningar.");
    // The same folder read as a delårsbilaga lacks Styrmått and Utfall.
    assertThat(run("check", SAMPLES.resolve("uppdrag-rd/csv").toString(), "--kind", "delarsbilaga"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).contains("styrmatt.csv saknas").contains("utfall.csv saknas");
  }

  @Test
  void batchRendersTheThreeSamples() throws IOException {
    for (String s : List.of("uppdrag-rd", "manadsuppfoljning", "rs-plan-2023")) {
      copy(SAMPLES.resolve(s + "/csv"), "enheter/" + s);
    }
    Path manifest =
        Files.writeString(
            dir.resolve("alla.yaml"), "inputs: [\"enheter/*\"]\noutput: ut\nformat: html\n");

    int exit = run("batch", manifest.toString(), "--jobs", "2");

    assertThat(exit).as(out + "\n" + err).isEqualTo(ExitCodes.OK);
    try (Stream<Path> files = Files.list(dir.resolve("ut"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")))
          .hasSize(3);
    }
  }

  private Path copy(Path from, String to) throws IOException {
    Path target = Files.createDirectories(dir.resolve(to));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }
}

package se.tertial.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.cli.ExitCodes;
import se.tertial.cli.TertialCommand;

/**
 * {@code render} for several periods from one read: {@code --period} lists and ranges and {@code
 * --all-periods}, one period-correct file per period in {@code -o}'s folder, nothing written when
 * the input is bad, and the publication-date warning for a period without a date of its own.
 */
class RenderPeriodsTest {
  private static final Path SAMPLE = Path.of("sample-data", "lansjukvard2", "csv");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TertialCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String title(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return doc.getDocumentInformation().getTitle();
    }
  }

  /** The sample's CSV folder, copied so a test may change it. */
  private Path copy() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("indata").resolve("csv"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : files.toList()) {
        Files.copy(f, csv.resolve(f.getFileName()));
      }
    }
    return csv;
  }

  @Test
  void aListOfPeriodsGivesOnePeriodCorrectFileEachInANewFolder() throws IOException {
    Path folder = dir.resolve("ut").resolve("bilagor"); // missing: created

    int exit =
        run("render", SAMPLE.toString(), "--period", "2022-T1,2022-T2", "-o", folder.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(names(folder))
        .containsExactly("lansjukvard2-csv-2022-T1.pdf", "lansjukvard2-csv-2022-T2.pdf");
    assertThat(title(folder.resolve("lansjukvard2-csv-2022-T1.pdf")))
        .isEqualTo("Bilaga till delårsrapport per april 2022");
    assertThat(title(folder.resolve("lansjukvard2-csv-2022-T2.pdf")))
        .isEqualTo("Bilaga till delårsrapport per augusti 2022");
    assertThat(out.toString()).contains("Skrev 2 bilagor");
    // T2 has no outcomes: its gaps are named for T2, T1's are not repeated for it.
    assertThat(err.toString())
        .contains("varning: 2022-T2: ", "saknar utfall för 2022-T2")
        // The sample's texts were written for T1 ("per april", "första tertialen").
        .contains("(2022-T1) men dokumentet gäller 2022-T2; skriv om texten för 2022-T2")
        .doesNotContain("saknar utfall för 2022-T1");
  }

  @Test
  void aRangeExpandsToEveryPeriodInIt() throws IOException {
    Path folder = dir.resolve("ut");
    int exit =
        run("render", SAMPLE.toString(), "--period", "2021-T2..2022-T1", "-o", folder.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(names(folder))
        .containsExactly(
            "lansjukvard2-csv-2021-AR.pdf",
            "lansjukvard2-csv-2021-T2.pdf",
            "lansjukvard2-csv-2022-T1.pdf");
    assertThat(title(folder.resolve("lansjukvard2-csv-2021-AR.pdf")))
        .isEqualTo("Bilaga till årsredovisning 2021");
  }

  @Test
  void allPeriodsRendersEveryPeriodWithOutcomes() throws IOException {
    Path folder = dir.resolve("alla");
    int exit = run("render", SAMPLE.toString(), "--all-periods", "-o", folder.toString());

    assertThat(exit).as(err.toString()).isZero();
    // utfall.csv has rows for 2021-T1, 2021-ÅR and 2022-T1.
    assertThat(names(folder))
        .containsExactly(
            "lansjukvard2-csv-2021-AR.pdf",
            "lansjukvard2-csv-2021-T1.pdf",
            "lansjukvard2-csv-2022-T1.pdf");
  }

  @Test
  void aFileOrAFileNameAsOutputIsRefusedForSeveralPeriods() throws IOException {
    Path file = Files.writeString(dir.resolve("finns.txt"), "orörd");
    assertThat(run("render", SAMPLE.toString(), "--all-periods", "-o", file.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(file)).isEqualTo("orörd");
    assertThat(
            run(
                "render",
                SAMPLE.toString(),
                "--period",
                "2022-T1,2022-T2",
                "-o",
                dir.resolve("b.pdf").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("-o ska vara en mapp");
    assertThat(names(dir)).containsExactly("finns.txt");
  }

  @Test
  void badInputWritesNoFileForAnyPeriod() throws IOException {
    Path csv = copy();
    Path outcomes = csv.resolve("utfall.csv");
    Files.writeString(
        outcomes, Files.readString(outcomes).replaceFirst("(?m)^(M0\\d;2021-T1;)[^;]*", "$1tolv"));
    Path folder = dir.resolve("ut");

    int exit = run("render", csv.toString(), "--all-periods", "-o", folder.toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("fel:", "Ingen bilaga skrevs");
    assertThat(folder).doesNotExist();
  }

  @Test
  void strictFailsOnAnyPeriodsWarningsButTheFilesAreWritten() throws IOException {
    Path folder = dir.resolve("ut");
    int exit =
        run(
            "render",
            SAMPLE.toString(),
            "--period",
            "2022-T1,2022-T2",
            "--strict",
            "-o",
            folder.toString());
    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    assertThat(names(folder)).hasSize(2);
  }

  @Test
  void periodAndAllPeriodsTogetherAndListsOnOtherCommandsAreUsageErrors() {
    assertThat(run("render", SAMPLE.toString(), "--all-periods", "--period", "2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("evaluate", SAMPLE.toString(), "--period", "2021-T1,2022-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("render", SAMPLE.toString(), "--period", "2022-T1..2021-T1"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("--period tar här en enda period", "slutar före sin början");
  }

  @Test
  void aPeriodWithoutAPublicationDateOfItsOwnIsWarnedAboutInCheckAndRender() throws IOException {
    assertThat(run("check", SAMPLE.toString(), "--period", "2022-T2")).isZero();
    assertThat(out.toString()).contains("publiceringsdatum saknas för 2022-T2");
    Path pdf = dir.resolve("t2.pdf");
    assertThat(run("render", SAMPLE.toString(), "--period", "2022-T2", "-o", pdf.toString()))
        .isZero();
    assertThat(err.toString()).contains("publiceringsdatum saknas för 2022-T2");
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("2022-05-31");
    }

    Path csv = copy();
    Files.writeString(
        csv.resolve("rapport.csv"),
        Files.readString(csv.resolve("rapport.csv")) + "Publiceringsdatum 2022-T2;2022-09-27\n");
    StringWriter own = new StringWriter();
    TertialCommand.execute(
        new String[] {"check", csv.toString(), "--period", "2022-T2"},
        new PrintWriter(own, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(own.toString()).doesNotContain("publiceringsdatum saknas");
  }

  @Test
  void theRapportSheetsOwnPeriodNeedsNoFurtherDate() {
    assertThat(run("check", SAMPLE.toString())).isZero();
    assertThat(out.toString()).doesNotContain("publiceringsdatum saknas");
  }
}

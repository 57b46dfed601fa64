package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Period;
import se.tertial.workflow.PeriodSelection;

class BatchManifestTest {
  @TempDir Path dir;

  @Test
  void readsYamlWithRangesAndResolvesPathsAgainstTheManifest() throws IOException {
    Path file =
        write(
            "region.yaml",
            """
            inputs: ["enheter/*.xlsx"]
            periods: ["2021-T1..2021-ÅR", "2022-T1"]
            output: ut
            format: html
            """);

    BatchManifest manifest = BatchManifest.read(file);

    assertThat(manifest.inputs()).containsExactly("enheter/*.xlsx");
    assertThat(manifest.periods())
        .isEqualTo(
            new PeriodSelection.Listed(
                List.of(
                    Period.parse("2021-T1"),
                    Period.parse("2021-T2"),
                    Period.parse("2021-ÅR"),
                    Period.parse("2022-T1"))));
    assertThat(manifest.output()).contains(dir.toAbsolutePath().resolve("ut"));
    assertThat(manifest.format()).contains("html");
  }

  @Test
  void readsJsonAndPeriodsAll() throws IOException {
    Path file = write("region.json", "{\"inputs\": \"a.xlsx\", \"periods\": \"all\"}");

    BatchManifest manifest = BatchManifest.read(file);

    assertThat(manifest.inputs()).containsExactly("a.xlsx");
    assertThat(manifest.periods()).isInstanceOf(PeriodSelection.All.class);
  }

  @Test
  void withoutPeriodsEachWorkbookUsesItsOwn() throws IOException {
    Path file = write("m.yaml", "inputs: [a.xlsx]\n");
    assertThat(BatchManifest.read(file).periods()).isInstanceOf(PeriodSelection.ReportPeriod.class);
  }

  @Test
  void unknownFieldsAndBadPeriodsAreNamedInSwedish() throws IOException {
    Path typo = write("typo.yaml", "inputs: [a.xlsx]\nperiod: 2022-T1\n");
    assertThatThrownBy(() -> BatchManifest.read(typo))
        .isInstanceOf(BatchException.class)
        .hasMessageEndingWith("okänt fält \"period\" i manifestet");

    Path badPeriod = write("bad.yaml", "inputs: [a.xlsx]\nperiods: [2022-T7]\n");
    assertThatThrownBy(() -> BatchManifest.read(badPeriod))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("periods: \"2022-T7\" är ingen period");

    Path noInputs = write("empty.yaml", "periods: all\n");
    assertThatThrownBy(() -> BatchManifest.read(noInputs)).hasMessageContaining("saknar inputs");

    Path broken = write("broken.yaml", "inputs: [a.xlsx\n");
    assertThatThrownBy(() -> BatchManifest.read(broken))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("syntaxfel på rad 1");
  }

  @Test
  void globsMatchFilesAndFoldersSortedAndSkipExcelLockFiles() throws IOException {
    Files.createDirectories(dir.resolve("enheter/csv/norr"));
    Files.createDirectories(dir.resolve("enheter/csv/syd"));
    for (String name : List.of("b.xlsx", "a.xlsx", "~$a.xlsx", "notes.txt")) {
      Files.writeString(dir.resolve("enheter").resolve(name), "x");
    }

    List<Path> found = InputGlobs.expand(dir, List.of("enheter/*.xlsx", "enheter/csv/*"));

    assertThat(found)
        .extracting(p -> dir.toAbsolutePath().relativize(p).toString().replace('\\', '/'))
        .containsExactly("enheter/a.xlsx", "enheter/b.xlsx", "enheter/csv/norr", "enheter/csv/syd");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}

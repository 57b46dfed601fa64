package se.tertial.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/**
 * The Rapport sheet's {@code Period} is read by the report's kind: a plan is for a year, so its
 * bare year is that year; an appendix's bare year is no tertial and stays an error naming the cell.
 * The kind is known from {@code Rapporttyp} whichever of the two fields comes first.
 */
class KindPeriodTest {

  @TempDir Path dir;

  @Test
  void aPlanWrittenForABareYearIsThatYearsPlan() throws IOException {
    Path plan = copy("rs-plan-2023");
    replaceLine(plan.resolve("rapport.csv"), "Period;2023-ÅR", "Period;2026");

    ReadResult read = ReadInput.read(plan);

    assertThat(read.findings()).noneMatch(f -> f.message().contains("ingen period"));
    assertThat(read.report())
        .hasValueSatisfying(r -> assertThat(r.info().period()).isEqualTo(Period.yearEnd(2026)));
  }

  @Test
  void thePlansKindCountsAlsoWhenRapporttypComesAfterThePeriod() throws IOException {
    Path plan = copy("rs-plan-2023");
    Path sheet = plan.resolve("rapport.csv");
    String text = Files.readString(sheet);
    String kindLine =
        text.lines().filter(l -> l.startsWith("Rapporttyp;")).findFirst().orElseThrow();
    // Rapporttyp moved to the top, Period left where it was, then the other way round.
    Files.writeString(
        sheet,
        text.replace(kindLine + "\n", "").replace("Period;2023-ÅR", "Period;2024")
            + kindLine
            + "\n");

    ReadResult read = ReadInput.read(plan);

    assertThat(read.report())
        .hasValueSatisfying(r -> assertThat(r.info().period()).isEqualTo(Period.yearEnd(2024)));
  }

  @Test
  void anAppendixWrittenForABareYearIsAnErrorAtItsCell() throws IOException {
    Path appendix = copy("lansjukvard2");
    Path sheet = appendix.resolve("rapport.csv");
    String period =
        Files.readString(sheet)
            .lines()
            .filter(l -> l.startsWith("Period;"))
            .findFirst()
            .orElseThrow();
    replaceLine(sheet, period, "Period;2022");

    ReadResult read = ReadInput.read(appendix);

    assertThat(read.hasErrors()).isTrue();
    assertThat(read.findings())
        .map(Finding::toString)
        .anyMatch(
            f ->
                f.contains("rapport.csv")
                    && f.contains("Värde")
                    && f.contains("\"2022\" är ingen period"));
  }

  private Path copy(String sample) throws IOException {
    Path from = Path.of("sample-data", sample, "csv");
    Path to = dir.resolve(sample);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
    return to;
  }

  private static void replaceLine(Path file, String line, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(line);
    Files.writeString(file, text.replace(line, replacement));
  }
}

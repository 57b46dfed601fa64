package se.tertial.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.model.Report;
import se.tertial.testing.ReadInput;

/** Values the streaming reader gets from cells other programs write, checked in the model. */
class StreamingReaderTest {
  @TempDir Path dir;

  private Report read(String corpusCase) throws Exception {
    Path input = dir.resolve(corpusCase + ".xlsx");
    CorpusInputs.forCase(corpusCase).write(input);
    return ReadInput.read(input).report().orElseThrow();
  }

  @Test
  void formulaWithoutCachedValueIsComputedNotReadAsZero() throws Exception {
    Report report = read("xlsx-formula-without-cached-value");

    assertThat(report.outcomes().get(0).women()).isEqualByComparingTo(new BigDecimal("41"));
  }

  @Test
  void isoDateCellIsReadAsItsDate() throws Exception {
    Report report = read("xlsx-iso-date-cells");

    assertThat(report.info().publicationDate()).isEqualTo(LocalDate.of(2022, 5, 31));
  }

  @Test
  void controlCharactersAreRemovedFromTheText() throws Exception {
    Report report = read("xlsx-control-characters");

    assertThat(report.outcomes().get(0).comment()).isEqualTo("Bättre än i fjol.");
  }
}

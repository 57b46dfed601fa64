package se.tertial.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.testing.ReadInput;

/**
 * The other kinds' samples: the committed workbook and a freshly built one read to the same report
 * as the CSV folder, findings included (the plan's budget warnings, the monthly template text).
 */
class KindSampleWorkbooksTest {
  @TempDir Path dir;

  private static ReadResult read(Path input) {
    ReadResult result = ReadInput.read(input);
    assertThat(result.hasErrors()).as("%s: %s", input, result.findings()).isFalse();
    return result;
  }

  private static void assertSame(ReadResult actual, ReadResult expected) {
    Report a = actual.report().orElseThrow();
    Report e = expected.report().orElseThrow();
    assertThat(a).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*where").isEqualTo(e);
    assertThat(actual.findings())
        .extracting(f -> f.code())
        .isEqualTo(expected.findings().stream().map(f -> f.code()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"uppdrag-rd", "manadsuppfoljning", "rs-plan-2023"})
  void committedWorkbookReadsLikeTheCsvFolder(String sample) {
    Path folder = Path.of("sample-data", sample);
    assertSame(read(folder.resolve(sample + ".xlsx")), read(folder.resolve("csv")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uppdrag-rd", "manadsuppfoljning", "rs-plan-2023"})
  void rebuiltWorkbookReadsLikeTheCsvFolder(String sample) throws IOException {
    Path folder = Path.of("sample-data", sample);
    Path fresh = dir.resolve(sample + ".xlsx");
    SampleWorkbookBuilder.build(folder.resolve("csv"), fresh);
    assertSame(read(fresh), read(folder.resolve("csv")));
  }
}

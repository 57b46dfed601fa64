package se.tertial.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * Every document the built-in templates make passes the {@link LayoutChecker}: no heading or header
 * row ends a page, no row that fits on a page is split, no page holds only the rest of something,
 * the legend stands whole and not alone. Checked on every sample (each kind) and on generated
 * delårsbilagor from 1 to 60 styrmått and 1 to 40 åtgärder — a spread of sizes, since where a page
 * breaks depends on everything above it.
 */
class PublisherLayoutTest {
  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(
          TemplateEngine.bundled(),
          new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"));

  @TempDir static Path workbooks;

  private static List<String> problems(Path input, Period period) throws Exception {
    ReadResult read = ReadInput.read(input);
    assertThat(read.hasErrors()).as("%s: %s", input, read.findings()).isFalse();
    Report report = read.report().orElseThrow();
    byte[] pdf =
        RENDERER.render(
            new ReportEvaluator(EvaluationOptions.defaults())
                .evaluate(report, period == null ? report.info().period() : period),
            input);
    return new LayoutChecker().problems(PageContents.of(pdf));
  }

  /** A sample's workbook, with "@period" to render another of its periods than its own. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "lansjukvard2",
        "uppdrag-rd",
        "uppdrag-rd@2016-12",
        "manadsuppfoljning",
        "rs-plan-2023"
      })
  void everySampleIsLaidOutAsAPublisherWould(String sample) throws Exception {
    String name = sample.replaceAll("@.*", "");
    Period period = sample.contains("@") ? Period.parse(sample.replaceAll(".*@", "")) : null;
    assertThat(problems(Path.of("sample-data", name, name + ".xlsx"), period)).isEmpty();
  }

  @ParameterizedTest(name = "{0} styrmått, {1} åtgärder")
  @CsvSource({
    "1, 1", "1, 40", "2, 5", "3, 12", "6, 2", "9, 30", "12, 7", "14, 12", "17, 3", "22, 26",
    "26, 11", "33, 1", "38, 35", "44, 14", "50, 22", "60, 40"
  })
  void generatedWorkbooksOfEverySizeAreLaidOutAsAPublisherWould(int measures, int actions)
      throws Exception {
    Path workbook = LayoutWorkbooks.appendix(workbooks, measures, actions);

    assertThat(problems(workbook, null)).isEmpty();
  }
}

package se.tertial.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.tertial.files.Logo;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluator;
import se.tertial.testing.ReadInput;

/**
 * Every seed document is reproduced by its sample: at least 95 % of the seed's content lines are
 * found in the PDF rendered from the sample, from the CSV folder and from the workbook alike, and
 * every line that is not found is listed with its reason in the sample's {@code
 * seed-NNN-avvikelser.txt}. The seeds are copied into {@code src/test/resources/seeds}.
 */
class SeedCoverageTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");
  private static final Path SHARED_SEEDS = Path.of("../shared/seeds");
  private static final Path SAMPLES = Path.of("sample-data");
  private static final double REQUIRED = 0.95;

  static Stream<Arguments> seeds() {
    List<Arguments> cases =
        List.of(
            Arguments.of("000", "lansjukvard2", ""),
            Arguments.of("001", "uppdrag-rd", "2017-03"),
            Arguments.of("002", "rs-plan-2023", ""),
            Arguments.of("003", "uppdrag-rd", "2016-12"),
            Arguments.of("004", "manadsuppfoljning", ""));
    return cases.stream()
        .flatMap(
            a ->
                Stream.of("csv", "xlsx")
                    .map(f -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], f)));
  }

  @ParameterizedTest(name = "seed {0} from {1} ({3})")
  @MethodSource("seeds")
  void theSampleReproducesItsSeed(String seed, String sample, String period, String format)
      throws IOException {
    String seedText = seedText(seed);
    Path input =
        format.equals("csv")
            ? SAMPLES.resolve(sample).resolve("csv")
            : SAMPLES.resolve(sample).resolve(sample + ".xlsx");
    assertThat(input).as("the sample's %s", format).exists();

    SeedCoverage.Result result = SeedCoverage.measure(seedText, pdfTexts(input, period));
    Map<String, String> allowed = allowed(SAMPLES.resolve(sample), seed);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "seed %s ← %s (%s): %d of %d content lines found = %.1f %%%n",
            seed,
            sample,
            format,
            result.contentLines() - result.misses().size(),
            result.contentLines(),
            100 * result.share()));
    for (SeedCoverage.Miss miss : result.misses()) {
      report.append(
          String.format(
              "  miss line %d (%.0f %% of pairs)%s: %s%n",
              miss.number(),
              100 * miss.share(),
              allowed.containsKey(miss.text()) ? " [listed]" : "",
              miss.text()));
    }
    System.out.print(report);

    assertThat(result.share()).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED);
    assertThat(result.misses())
        .as("misses not listed in seed-%s-avvikelser.txt%n%s", seed, report)
        .allMatch(m -> allowed.containsKey(m.text()));
    List<String> missed = result.misses().stream().map(SeedCoverage.Miss::text).toList();
    assertThat(allowed.keySet())
        .as("listed as intentional but found after all: remove them from the list")
        .allMatch(missed::contains);
  }

  private static String seedText(String seed) throws IOException {
    for (Path dir : List.of(SEEDS, SHARED_SEEDS)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          var file =
              files.filter(f -> f.getFileName().toString().startsWith(seed + "_")).findFirst();
          if (file.isPresent()) {
            return Files.readString(file.get(), StandardCharsets.UTF_8);
          }
        }
      }
    }
    Assumptions.abort(
        "seed " + seed + " finns varken i " + SEEDS + " eller i " + SHARED_SEEDS + "; hoppar över");
    return "";
  }

  /** The PDF's text in content order and in reading order by position. */
  private static List<String> pdfTexts(Path input, String period) throws IOException {
    ReadResult read = ReadInput.read(input);
    assertThat(read.hasErrors()).as("%s: %s", input, read.findings()).isFalse();
    Report report = read.report().orElseThrow();
    Period p = period.isEmpty() ? report.info().period() : Period.parse(period);
    DocumentRenderer renderer =
        new DocumentRenderer(
            TemplateEngine.bundled(),
            new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"));
    byte[] pdf =
        renderer.render(
            new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, p),
            Logo.beside(input));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      return List.of(new PDFTextStripper().getText(doc), byPosition.getText(doc));
    }
  }

  /**
   * The seed lines a sample leaves out on purpose: {@code rad: <line as in the seed>} followed by
   * {@code skäl: <why>}; {@code #} starts a comment.
   */
  static Map<String, String> allowed(Path sample, String seed) throws IOException {
    Path file = sample.resolve("seed-" + seed + "-avvikelser.txt");
    Map<String, String> allowed = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return allowed;
    }
    String line = null;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (raw.startsWith("rad:")) {
        line = raw.substring(4).strip();
      } else if (raw.startsWith("skäl:") && line != null) {
        String why = raw.substring(5).strip();
        assertThat(why).as("%s: skäl för %s", file, line).isNotBlank();
        allowed.put(line, why);
        line = null;
      }
    }
    assertThat(line).as("%s: rad utan skäl", file).isNull();
    return allowed;
  }
}

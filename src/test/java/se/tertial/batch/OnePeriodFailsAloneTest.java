package se.tertial.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tertial.files.OutputPolicy;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.kind.TextPlaces;
import se.tertial.kind.appendix.AppendixKind;
import se.tertial.model.Finding;
import se.tertial.model.KindData;
import se.tertial.model.Period;
import se.tertial.model.ReportCheck;
import se.tertial.read.Findings;
import se.tertial.read.RawInput;
import se.tertial.read.Table;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.PdfText;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.PeriodSelection;

/**
 * An unexpected failure while judging one period of an input (a bug, not bad input) fails that
 * period's item alone: the input's other periods are judged and written, the failing one is an item
 * with a Swedish line saying it is a bug, and the batch counts as failed (exit 2).
 */
class OnePeriodFailsAloneTest {
  private static final Period BROKEN = Period.parse("2021-ÅR");

  @TempDir Path dir;

  /**
   * The delårsbilaga under another name, with one whole-report check that throws for one period:
   * the seam a kind has into judging ({@link ReportKindModule#checks()}), so the failure comes from
   * inside the real pipeline.
   */
  static final class BrokenForOnePeriod implements ReportKindModule {
    private final AppendixKind appendix = new AppendixKind();

    @Override
    public String name() {
      return "trasigbilaga";
    }

    @Override
    public Set<Table> required() {
      return appendix.required();
    }

    @Override
    public Optional<KindData> assemble(RawInput input, Period period, Findings findings) {
      return appendix.assemble(input, period, findings);
    }

    @Override
    public Set<Table> sharedTables() {
      return appendix.sharedTables();
    }

    @Override
    public boolean checksCompleteness() {
      return appendix.checksCompleteness();
    }

    @Override
    public KindViewModel view(ReportEvaluation evaluation, String logoDataUri) {
      return appendix.view(evaluation, logoDataUri);
    }

    @Override
    public String template() {
      return appendix.template();
    }

    @Override
    public TextPlaces textPlaces() {
      return appendix.textPlaces();
    }

    @Override
    public List<ReportCheck> checks() {
      ReportCheck failing =
          report -> {
            if (report.info().period().equals(BROKEN)) {
              throw new IllegalStateException("trasig kontroll för " + BROKEN.code());
            }
            return List.<Finding>of();
          };
      return List.of(failing);
    }
  }

  @Test
  void aBugJudgingOnePeriodFailsThatPeriodAloneAndTheOthersAreWritten() throws IOException {
    Path input = copySample(dir.resolve("enhet"));
    Path out = Files.createDirectories(dir.resolve("ut"));
    ReportKinds kinds = ReportKinds.BUILT_IN.with(new BrokenForOnePeriod());
    BatchRunner runner =
        new BatchRunner(
            new BatchRunner.Settings(
                out,
                1,
                false,
                new InputPipeline(kinds, EvaluationOptions.defaults()),
                OutputPolicy.protecting(List.of(input))),
            new DocumentRenderer(
                TemplateEngine.bundled(),
                new DocumentRenderer.Options(DocumentRenderer.Format.PDF, false, "1700000000"),
                kinds));

    BatchSummary summary = runner.run(List.of(input), new PeriodSelection.All(), items -> {});

    assertThat(summary.items())
        .extracting(i -> i.period().orElse("-"))
        .containsExactly("2021-T1", "2021-ÅR", "2022-T1");
    BatchItem broken = summary.items().get(1);
    assertThat(broken.state()).isEqualTo(BatchItem.State.FAILED);
    assertThat(broken.output()).isEmpty();
    assertThat(broken.findings())
        .extracting(Finding::line)
        .containsExactly(
            "fel: enhet: rapporten kunde inte skrivas: internt fel i tertial"
                + " (IllegalStateException: trasig kontroll för 2021-ÅR); det är en bugg, inte ett"
                + " fel i indata: kör render för den perioden med --debug för stackspåret och"
                + " rapportera det");
    assertThat(summary.anyFailed()).isTrue();

    for (BatchItem written : List.of(summary.items().get(0), summary.items().get(2))) {
      assertThat(written.state()).isNotEqualTo(BatchItem.State.FAILED);
      Path pdf = written.output().orElseThrow();
      assertThat(PdfText.of(pdf)).contains("Division Länssjukvård 2");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("enhet-2021-T1.pdf", "enhet-2022-T1.pdf");
    }
  }

  /** The sample's CSV folder with its Rapporttyp set to the broken kind. */
  private static Path copySample(Path to) throws IOException {
    Path from = Path.of("sample-data/lansjukvard2/csv");
    Files.createDirectories(to);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(from)) {
      list.forEach(files::add);
    }
    for (Path file : files) {
      Files.copy(file, to.resolve(file.getFileName().toString()));
    }
    Path report = to.resolve("rapport.csv");
    String text = Files.readString(report);
    Files.writeString(
        report,
        Pattern.compile("(?m)^Rapporttyp;.*$").matcher(text).replaceAll("Rapporttyp;trasigbilaga"));
    return to;
  }
}

package se.tertial.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.tertial.model.Action;
import se.tertial.model.ActionStatus;
import se.tertial.model.Measure;
import se.tertial.model.Outcome;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportInfo;
import se.tertial.read.ReadResult;

import se.tertial.render.TemplateRenderer;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.pdf.PdfDates;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;
import se.tertial.workflow.InputPipeline;

/**
 * The benchmarks' inputs: the committed sample (folder {@code sample-data/lansjukvard2}, or the
 * system property {@code tertial.sample}) and reports generated from it in code — more measures,
 * proportionally more actions, other units and periods — reusing the model records.
 */
public final class Inputs {
  private Inputs() {}

  /** The sample folder (holds {@code lansjukvard2.xlsx} and {@code csv/}). */
  public static Path sampleDir() {
    return Path.of(System.getProperty("tertial.sample", "sample-data/lansjukvard2"));
  }

  public static Path sampleXlsx() {
    return sampleDir().resolve("lansjukvard2.xlsx");
  }

  public static Path sampleCsv() {
    return sampleDir().resolve("csv");
  }

  /** The sample read from its CSV folder; fails loudly if it has errors. */
  public static Report sample() {
    return orFail(read(sampleCsv()));
  }

  /** The reading step of the command line's pipeline (built-in kinds, font coverage, logo). */
  public static ReadResult read(Path input) {
    return new InputPipeline(EvaluationOptions.defaults()).read(input, null, null);
  }

  static Report orFail(ReadResult read) {
    if (read.hasErrors() || read.report().isEmpty()) {
      throw new IllegalStateException("the sample does not read cleanly: " + read.findings());
    }
    return read.report().get();
  }

  public static ReportEvaluation evaluate(Report report) {
    return new ReportEvaluator(EvaluationOptions.defaults())
        .evaluate(report, report.info().period());
  }

  public static PdfDates dates(Report report) {
    return PdfDates.of(null, report.info().publicationDate(), report.info().period());
  }

  /**
   * Judges {@code report} for its period, builds the view model with a new builder and renders the
   * PDF: everything the CLI does after reading.
   */
  public static byte[] renderPdf(TemplateRenderer renderer, Report report) {
    ReportEvaluation evaluation = evaluate(report);
    AppendixViewModel model = new AppendixViewModelBuilder().build(evaluation, "");
    return renderer.pdf(model, report.info().kind() + ".ftl", false, dates(report));
  }

  /** Tertials T1, T2, ÅR of 2021 and 2022: the six periods of a batch. */
  public static List<Period> sixPeriods() {
    List<Period> periods = new ArrayList<>();
    for (int year = 2021; year <= 2022; year++) {
      for (int t = 1; t <= 3; t++) {
        periods.add(Period.tertial(year, t));
      }
    }
    return periods;
  }

  /**
   * A report made from the sample: {@code measures} measures (the sample's, repeated with new IDs
   * and numbered names), actions in the sample's proportion to measures, outcomes and statuses for
   * every period in {@code periods} (the sample's values shifted by a few percent, seeded), the
   * sample's texts, and {@code unit} as the unit. The report's period is the last of {@code
   * periods}.
   */
  public static Report generate(
      Report base, String unit, int measures, List<Period> periods, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Measure> baseMeasures = base.measures();
    List<Measure> ms = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < measures; i++) {
      Measure m = baseMeasures.get(i % baseMeasures.size());
      int round = i / baseMeasures.size();
      String id = String.format("M%04d", i + 1);
      String name = round == 0 ? m.name() : m.name() + " (" + (round + 1) + ")";
      ms.add(
          new Measure(
              id,
              m.perspective(),
              m.strategicGoal(),
              m.successFactor(),
              name,
              m.target(),
              m.polarity(),
              m.unit(),
              m.followUp(),
              m.comparison(),
              m.source(),
              round == 0 ? m.footnote() : "",
              m.yearTargets(),
              m.where()));
      List<Outcome> own = base.outcomesOf(m.id());
      Outcome template = own.isEmpty() ? null : own.get(own.size() - 1);
      for (Period p : periods) {
        if (template == null) {
          continue;
        }
        outcomes.add(
            new Outcome(
                id,
                p,
                shift(template.women(), random),
                shift(template.men(), random),
                shift(template.total(), random),
                template.valueText(),
                template.comment(),
                template.manual(),
                template.where()));
      }
    }
    List<Action> baseActions = base.actions();
    int actionCount =
        Math.max(1, Math.round((float) measures * baseActions.size() / baseMeasures.size()));
    List<Action> actions = new ArrayList<>();
    List<ActionStatus> statuses = new ArrayList<>();
    for (int j = 0; j < actionCount; j++) {
      Action a = baseActions.get(j % baseActions.size());
      String nr = String.valueOf(j + 1);
      actions.add(
          new Action(
              nr,
              a.perspective(),
              a.goal(),
              a.title(),
              a.description(),
              a.responsible(),
              a.timeline(),
              a.expectedEffect(),
              a.where()));
      ActionStatus template =
          base.statuses().stream().filter(s -> s.nr().equals(a.nr())).findFirst().orElse(null);
      for (Period p : periods) {
        if (template != null) {
          statuses.add(
              new ActionStatus(
                  nr, p, template.state(), template.statusText(), template.comment(), template.where()));
        }
      }
    }
    ReportInfo info = base.info().withPeriod(periods.get(periods.size() - 1));
    info =
        new ReportInfo(
            info.title(),
            info.organisation(),
            unit,
            info.period(),
            info.documentId(),
            info.version(),
            info.responsible(),
            info.preparedBy(),
            info.publicationDate(),
            info.tolerance(),
            info.absoluteTolerance(),
            info.trendBase(),
            info.kind(),
            info.extra());
    return new Report(info, ms, outcomes, actions, statuses, base.sections());
  }

  /** The value moved by −5 … +5 %, at its own scale. */
  private static BigDecimal shift(BigDecimal value, SplittableRandom random) {
    if (value == null) {
      return null;
    }
    BigDecimal factor = BigDecimal.valueOf(95 + random.nextInt(11), 2);
    return value.multiply(factor).setScale(Math.max(0, value.scale()), RoundingMode.HALF_EVEN);
  }
}

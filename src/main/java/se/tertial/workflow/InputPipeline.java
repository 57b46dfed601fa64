package se.tertial.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tertial.kind.ReportKinds;
import se.tertial.kind.TextPlaces;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.model.ReportCheck;
import se.tertial.read.CompletenessCheck;
import se.tertial.read.ReadResult;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/**
 * The one way every command turns an input into a judged report: read → validate → evaluate, with
 * every finding of the three steps in one list. {@code check} is this pipeline without output, so
 * its {@code --strict} fails exactly where {@code render} would warn. Stateless and thread-safe.
 */
public final class InputPipeline {

  /** Reads an input for a period (null: the Rapport sheet's) as a kind (null: the sheet's). */
  @FunctionalInterface
  public interface Reader {
    ReadResult read(Path input, Period period, String kind);
  }

  /** Judges a report for a period. */
  @FunctionalInterface
  public interface Judge {
    ReportEvaluation evaluate(Report report, Period period);
  }

  /**
   * What loading gave: the judged report (absent when reading or validation found errors) and every
   * finding, in the order read → validate → evaluate.
   */
  public record Loaded(Optional<ReportEvaluation> evaluation, List<Finding> findings) {
    public Loaded {
      findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
      return errors() > 0 || evaluation.isEmpty();
    }

    public long errors() {
      return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
      return findings.size() - errors();
    }

    /** The evaluation carrying every finding of the pipeline (for the JSON of {@code evaluate}). */
    public ReportEvaluation evaluationWithAllFindings() {
      ReportEvaluation e = evaluation.orElseThrow();
      return new ReportEvaluation(e.report(), e.period(), e.measures(), findings);
    }
  }

  /**
   * Whether {@code finding} is about what one period lacks (the read period's, which {@link #judge}
   * replaces for another period), rather than about the input as a whole.
   */
  public static boolean isPeriodFinding(Finding finding) {
    return CompletenessCheck.CODES.contains(finding.code());
  }

  private final ReportKinds kinds;
  private final Reader reader;
  private final List<ReportCheck> checks;
  private final Judge judge;

  /** The pipeline of the command line: the built-in kinds, every check, these settings. */
  public InputPipeline(EvaluationOptions options) {
    this(ReportKinds.BUILT_IN, options);
  }

  /** With the kinds to read (a test adds one of its own). */
  public InputPipeline(ReportKinds kinds, EvaluationOptions options) {
    this(
        kinds,
        (input, period, kind) -> DocumentInputs.read(input, period, kind, kinds),
        Validation.CHECKS,
        new ReportEvaluator(options)::evaluate);
  }

  /** With another reader, checks and judge (tests). */
  public InputPipeline(Reader reader, List<ReportCheck> checks, Judge judge) {
    this(ReportKinds.BUILT_IN, reader, checks, judge);
  }

  private InputPipeline(ReportKinds kinds, Reader reader, List<ReportCheck> checks, Judge judge) {
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.checks = List.copyOf(checks);
    this.judge = Objects.requireNonNull(judge, "judge");
  }

  /** Reads, validates and judges {@code input} for {@code period} (null: the Rapport sheet's). */
  public Loaded load(Path input, Period period, String kind) {
    ReadResult read = read(input, period, kind);
    return judge(read, read.report().map(r -> r.info().period()).orElse(period));
  }

  /** Only the reading step: {@code batch} reads a workbook once and judges it for many periods. */
  public ReadResult read(Path input, Period period, String kind) {
    return reader.read(input, period, kind);
  }

  /**
   * Validates and judges what was read, for {@code period}. When that is not the period the input
   * was read for, the reader's findings about what the read period lacks (a measure without
   * outcome, an action without status) are replaced by the same check for {@code period}: a T2
   * document never carries T1's gaps, nor hides its own.
   */
  public Loaded judge(ReadResult read, Period period) {
    List<Finding> findings = new ArrayList<>(read.findings());
    if (read.hasErrors() || read.report().isEmpty() || period == null) {
      return new Loaded(Optional.empty(), findings);
    }
    Report report = read.report().get().forPeriod(period);
    if (!period.equals(read.report().get().info().period())) {
      findings.removeIf(InputPipeline::isPeriodFinding);
      if (kinds.find(report.info().kind()).orElseGet(kinds::fallback).checksCompleteness()) {
        findings.addAll(CompletenessCheck.findings(report));
      }
    }
    checks.forEach(check -> findings.addAll(check.check(report)));
    // Where the kind puts the texts: what it cannot place is named, never dropped silently.
    TextPlaces places =
        kinds.module(report.info().kind()).orElseGet(kinds::fallbackModule).textPlaces();
    findings.addAll(new TextPlacesCheck(places).check(report));
    if (findings.stream().anyMatch(Finding::isError)) {
      return new Loaded(Optional.empty(), findings);
    }
    ReportEvaluation evaluation = judge.evaluate(report, period);
    findings.addAll(evaluation.findings());
    return new Loaded(Optional.of(evaluation), findings);
  }
}

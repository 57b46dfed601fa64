package se.tertial.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.tertial.kind.ReportKindModule;
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
      return new ReportEvaluation(e.report(), e.period(), e.settings(), e.measures(), findings);
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
  private final List<ReportCheck> checks;
  private final ReportEvaluator evaluator;

  /** The pipeline of the command line: the built-in kinds, every check, these settings. */
  public InputPipeline(EvaluationOptions options) {
    this(ReportKinds.BUILT_IN, options);
  }

  /** With the kinds to read (a test adds one of its own). */
  public InputPipeline(ReportKinds kinds, EvaluationOptions options) {
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.checks = Validation.CHECKS;
    this.evaluator = new ReportEvaluator(options);
  }

  /**
   * How the report kind {@code kind} reads a period written on the command line or in a manifest:
   * as it reads the Rapport sheet's {@code Period} (a plan takes a bare year).
   */
  public Function<String, Period> periodReader(String kind) {
    return kinds.find(kind).orElseGet(kinds::fallback)::period;
  }

  /** Reads, validates and judges {@code input} for {@code period} (null: the Rapport sheet's). */
  public Loaded load(Path input, Period period, String kind) {
    ReadResult read = read(input, period, kind);
    return judge(read, read.report().map(r -> r.info().period()).orElse(period));
  }

  /** Only the reading step: what was read and every finding of reading. */
  public ReadResult read(Path input, Period period, String kind) {
    return readDocument(input, period, kind).read();
  }

  /**
   * The reading step for documents: what was read together with the logo beside the input, so a
   * workbook read once is judged and rendered for many periods without being looked at again.
   */
  public DocumentSource readDocument(Path input, Period period, String kind) {
    return DocumentInputs.read(input, period, kind, kinds);
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
    ReportKindModule module = kinds.module(report.info().kind()).orElseGet(kinds::fallbackModule);
    module.checks().forEach(check -> findings.addAll(check.check(report)));
    // Where the kind puts the texts: what it cannot place is named, never dropped silently.
    TextPlaces places = module.textPlaces();
    findings.addAll(new TextPlacesCheck(places).check(report));
    if (findings.stream().anyMatch(Finding::isError)) {
      return new Loaded(Optional.empty(), findings);
    }
    ReportEvaluation evaluation = evaluator.evaluate(report, period);
    findings.addAll(evaluation.findings());
    return new Loaded(Optional.of(evaluation), findings);
  }
}

package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.batch.BatchException;
import se.tertial.batch.BatchItem;
import se.tertial.batch.BatchPlan;
import se.tertial.batch.BatchReport;
import se.tertial.batch.BatchRunner;
import se.tertial.batch.BatchSummary;
import se.tertial.ci.CheckReport;
import se.tertial.files.OutputException;
import se.tertial.files.OutputPolicy;
import se.tertial.render.DocumentRenderer;
import se.tertial.workflow.InputPipeline;

/**
 * {@code tertial batch}: renders every workbook and period a manifest lists, in parallel. One bad
 * workbook fails alone; a summary and {@code batch-report.json} tell what happened to each.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Skriv många rapporter enligt ett manifest (YAML eller JSON), parallellt.")
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<manifest>", description = "Manifestfil (.yaml/.json).")
  Path manifestFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "MAPP",
      description = "Utmapp (standard: manifestets output, annars ./ut).")
  Path output;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Antal parallella jobb (standard: antal kärnor).")
  Integer jobs;

  @Option(names = "--fail-fast", description = "Starta inga nya rapporter efter första felet.")
  boolean failFast;

  @Option(
      names = "--format",
      paramLabel = "F",
      split = ",",
      description =
          "Dokument: pdf (standard) eller html; anmärkningar på standard ut: text (standard),"
              + " json, junit, sarif eller github. Båda går: --format html,junit.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--check-only",
      description =
          "Skriv inga dokument: kontrollera varje enhet och period i manifestet och lista"
              + " anmärkningarna (som check --manifest).")
  boolean checkOnly;

  @Mixin BatchFindingsOptions findingsOptions;

  @Option(names = "--strict", description = "Slutkod 1 om någon rapport har varningar.")
  boolean strict;

  @Option(names = "--quiet", description = "Skriv bara sammanfattningen.")
  boolean quiet;

  @Mixin JudgementOptions judgement;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BatchPlan plan = plan(() -> BatchPlan.read(manifestFile, Optional.ofNullable(output)));
    BatchFormats chosen = BatchFormats.of(formats, checkOnly);
    int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (threads < 1) {
      throw new UserException(CliMessages.get("batch.badJobs", threads));
    }
    if (checkOnly) {
      return findingsOptions.checkOnly(plan, threads, judgement, chosen.findings(), strict, out);
    }
    DocumentRenderer renderer = plan(() -> plan.renderer(chosen.document()));
    plan(plan::createOutputFolder);
    OutputPolicy policy = plan.policy();
    BatchProgress progress =
        BatchProgress.create(spec.commandLine().getErr(), quiet, plan.inputs().size());
    BatchSummary summary =
        new BatchRunner(
                new BatchRunner.Settings(
                    plan.outputDir(),
                    threads,
                    failFast,
                    new InputPipeline(judgement.options()),
                    policy),
                renderer)
            .run(plan.inputs(), plan.manifest().periods(), progress::finished);
    progress.done();
    CheckReport findings = findingsOptions.applyBaseline(summary, plan.manifest());
    // The table comes first: when the report file cannot be written, what failed is still shown.
    // A machine format on standard output stands alone; the summary line then goes to stderr.
    boolean text = chosen.findings() == FindingsOutput.Format.TEXT;
    if (text) {
      BatchTable.print(summary, out);
    } else {
      findingsOptions.print(findings, chosen.findings(), strict, out);
    }
    Path reportFile = null;
    String reportProblem = null;
    try {
      reportFile = BatchReport.write(findings, plan, policy);
      findingsOptions.writeReports(findings, strict, policy);
    } catch (OutputException | UserException e) {
      reportProblem = e.getMessage();
    }
    PrintWriter summaryOut = text ? out : spec.commandLine().getErr();
    summaryOut.println(summaryLine(summary, reportFile));
    summaryOut.flush();
    out.flush();
    if (reportProblem != null) {
      spec.commandLine().getErr().println(reportProblem);
      spec.commandLine().getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
    if (summary.anyFailed()) {
      return ExitCodes.BAD_INPUT;
    }
    return FindingsOutput.exitCode(findings, strict);
  }

  /** Runs a step of the batch's setup, a problem in it a usage error (exit 2). */
  private static <T> T plan(Supplier<T> step) {
    try {
      return step.get();
    } catch (BatchException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * "Klart: …", naming the report file only when this run wrote it (null: not written), never one
   * an earlier run left in the folder.
   */
  static String summaryLine(BatchSummary summary, Path reportFile) {
    String line =
        CliMessages.get(
            "batch.summary",
            summary.items().size(),
            summary.count(BatchItem.State.OK),
            summary.count(BatchItem.State.WARNINGS),
            summary.count(BatchItem.State.FAILED),
            String.format(Locale.ROOT, "%.1f", summary.millis() / 1000.0));
    return reportFile == null ? line : line + CliMessages.get("batch.summary.report", reportFile);
  }
}

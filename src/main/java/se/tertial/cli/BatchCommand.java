package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.batch.BatchException;
import se.tertial.batch.BatchItem;
import se.tertial.batch.BatchManifest;
import se.tertial.batch.BatchReport;
import se.tertial.batch.BatchRunner;
import se.tertial.batch.BatchSummary;
import se.tertial.batch.InputGlobs;
import se.tertial.ci.CheckReport;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

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
  List<String> formats = new java.util.ArrayList<>();

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
  // Long on purpose: the steps of a batch in order (manifest, inputs, output folder, run, report),
  // each refusal a Swedish usage error before any report is written.
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BatchManifest manifest;
    List<Path> inputs;
    try {
      manifest = BatchManifest.read(manifestFile);
      inputs = InputGlobs.expand(manifest.base(), manifest.inputs());
    } catch (BatchException e) {
      throw new UserException(e.getMessage());
    }
    Path outDir = output != null ? output : manifest.output().orElse(Path.of("ut"));
    // The output folder is never an input: with inputs: ["*"] a rerun took it for a CSV folder
    // and then refused to write into it; nor is the manifest itself.
    Path outFolder = outDir.toAbsolutePath().normalize();
    Path manifestPath = manifestFile.toAbsolutePath().normalize();
    inputs =
        inputs.stream()
            .filter(i -> !i.toAbsolutePath().normalize().startsWith(outFolder))
            .filter(i -> !i.toAbsolutePath().normalize().equals(manifestPath))
            .toList();
    if (inputs.isEmpty()) {
      throw new UserException(CliMessages.get("batch.noInputs", manifestFile));
    }
    BatchFormats chosen = BatchFormats.of(formats, checkOnly);
    int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (threads < 1) {
      throw new UserException(CliMessages.get("batch.badJobs", threads));
    }
    if (checkOnly) {
      return findingsOptions.checkOnly(
          manifestFile, manifest, inputs, threads, judgement, chosen.findings(), strict, out);
    }
    DocumentRenderer renderer = renderer(manifest, chosen.document());
    try {
      Files.createDirectories(outDir);
    } catch (java.io.IOException e) {
      throw new UserException(
          CliMessages.get("batch.noOutput", outDir, FileErrors.reason(outDir, e)));
    }
    List<Path> protectedPaths = new java.util.ArrayList<>(inputs);
    protectedPaths.add(manifestFile);
    OutputPolicy policy = OutputPolicy.protecting(protectedPaths);
    BatchProgress progress =
        BatchProgress.create(spec.commandLine().getErr(), quiet, inputs.size());
    BatchSummary summary =
        new BatchRunner(
                new BatchRunner.Settings(
                    outDir, threads, failFast, new InputPipeline(judgement.options()), policy),
                renderer)
            .run(inputs, manifest.periods(), progress::finished);
    progress.done();
    Path reportFile = outDir.resolve("batch-report.json");
    CheckReport findings = findingsOptions.applyBaseline(summary, manifest);
    // The table comes first: when the report file cannot be written, what failed is still shown.
    // A machine format on standard output stands alone; the summary line then goes to stderr.
    PrintWriter summaryOut =
        chosen.findings() == FindingsOutput.Format.TEXT ? out : spec.commandLine().getErr();
    if (chosen.findings() == FindingsOutput.Format.TEXT) {
      BatchTable.print(summary, out);
    } else {
      findingsOptions.print(findings, chosen.findings(), strict, out);
    }
    String reportProblem = null;
    try {
      policy.write(reportFile, BatchReport.json(findings, manifest.base(), outDir));
      findingsOptions.writeReports(findings, strict, policy);
    } catch (RenderException | UserException e) {
      reportProblem = e.getMessage();
    }
    summaryOut.println(
        CliMessages.get(
            "batch.summary",
            summary.items().size(),
            summary.count(BatchItem.State.OK),
            summary.count(BatchItem.State.WARNINGS),
            summary.count(BatchItem.State.FAILED),
            String.format(Locale.ROOT, "%.1f", summary.millis() / 1000.0),
            reportFile));
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

  private DocumentRenderer renderer(BatchManifest manifest, String format) {
    String chosen = format != null ? format : manifest.format().orElse("pdf");
    DocumentRenderer.Format documentFormat =
        switch (chosen.toLowerCase(Locale.ROOT)) {
          case "pdf" -> DocumentRenderer.Format.PDF;
          case "html" -> DocumentRenderer.Format.HTML;
          default -> throw new UserException(CliMessages.get("batch.badFormat", chosen));
        };
    try {
      TemplateEngine engine =
          manifest
              .templates()
              .map(TemplateEngine::fromDirectory)
              .orElseGet(TemplateEngine::bundled);
      return new DocumentRenderer(
          engine,
          new DocumentRenderer.Options(documentFormat, false, System.getenv("SOURCE_DATE_EPOCH")));
    } catch (RenderException e) {
      throw new UserException(e.getMessage());
    }
  }
}

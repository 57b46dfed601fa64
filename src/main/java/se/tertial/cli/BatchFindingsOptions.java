package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import se.tertial.batch.BatchItem;
import se.tertial.batch.BatchManifest;
import se.tertial.batch.BatchPlan;
import se.tertial.batch.BatchSummary;
import se.tertial.batch.UnitChecks;
import se.tertial.ci.CheckReport;
import se.tertial.ci.Checked;
import se.tertial.files.OutputPolicy;
import se.tertial.workflow.InputPipeline;

/**
 * {@code batch}'s options about findings — {@code --report FORMAT=FIL} and {@code --baseline} — and
 * {@code --check-only}, which checks every unit and period of the manifest as {@code check
 * --manifest} does, writing nothing.
 */
final class BatchFindingsOptions {

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FIL",
      description =
          "Skriv också anmärkningarna till en fil: json, junit, sarif, github eller text, t.ex."
              + " --report junit=junit.xml (får anges flera gånger).")
  Map<FindingsOutput.Format, Path> reports = new LinkedHashMap<>();

  @Option(
      names = "--baseline",
      paramLabel = "FIL",
      description =
          "Godkända varningar (standard: tertial-baseline.json bredvid manifestet, om den finns).")
  Path baselineFile;

  /** {@code batch --check-only}: every unit and period of the manifest checked, nothing written. */
  int checkOnly(
      BatchPlan plan,
      int threads,
      JudgementOptions judgement,
      FindingsOutput.Format format,
      boolean strict,
      PrintWriter out) {
    List<Checked> items =
        new UnitChecks(
                new UnitChecks.Settings(
                    new InputPipeline(judgement.options()),
                    plan.manifest().periods(),
                    null,
                    threads))
            .run(plan.inputs());
    CheckReport report = FindingsOutput.baseline(baselineFile, plan.manifest().base()).apply(items);
    print(report, format, strict, out);
    writeReports(report, strict, plan.policy());
    return FindingsOutput.exitCode(report, strict);
  }

  /** The batch's items with the baseline's acknowledged warnings moved aside. */
  CheckReport applyBaseline(BatchSummary summary, BatchManifest manifest) {
    return FindingsOutput.baseline(baselineFile, manifest.base())
        .apply(summary.items().stream().map(BatchItem::checked).toList());
  }

  void print(CheckReport report, FindingsOutput.Format format, boolean strict, PrintWriter out) {
    out.println(
        FindingsOutput.render(
            report, format, strict, false, FindingsOutput::relativeToCurrentFolder));
    out.flush();
  }

  void writeReports(CheckReport report, boolean strict, OutputPolicy policy) {
    FindingsOutput.writeReports(
        report, reports, strict, FindingsOutput::relativeToCurrentFolder, policy);
  }
}

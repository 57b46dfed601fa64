package se.tertial.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.batch.BatchException;
import se.tertial.batch.BatchManifest;
import se.tertial.batch.InputGlobs;
import se.tertial.batch.UnitChecks;
import se.tertial.ci.Baseline;
import se.tertial.ci.CheckReport;
import se.tertial.ci.Checked;
import se.tertial.files.OutputPolicy;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.PeriodSelection;

/**
 * {@code tertial check}: the input pipeline without output — reads, validates and judges workbooks
 * and lists every finding, so {@code --strict} fails exactly where {@code render} would warn. Many
 * inputs, globs and a batch manifest are checked in one run, every unit for every period asked for;
 * the exit code is the worst of them. The work is {@link UnitChecks}; this class parses and prints.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Kontrollera indata och lista alla anmärkningar.")
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "<indata>",
      description =
          "Arbetsböcker (.xlsx) eller mappar med CSV-filer; filmönster som enheter/*.xlsx går bra.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "FIL",
      description = "Kontrollera varje enhet och period i batchmanifestet (YAML eller JSON).")
  private Path manifestFile;

  @Option(
      names = "--period",
      paramLabel = "P",
      converter = PeriodSelectionConverter.class,
      description =
          "Perioder: 2022-T1, en lista (2022-T1,2022-T2), ett intervall (2022-T1..2022-ÅR) eller"
              + " all (standard: manifestets perioder, annars fältet Period i bladet Rapport).")
  private PeriodSelection periods;

  @Option(
      names = "--kind",
      paramLabel = "TYP",
      completionCandidates = KindNames.class,
      description = "Rapporttyp i stället för bladet Rapports: ${COMPLETION-CANDIDATES}.")
  private String kind;

  @Mixin JudgementOptions judgement;

  @Option(names = "--strict", description = "Slutkod 1 även när det bara finns varningar.")
  private boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Utdataformat: text (standard), json, junit, sarif eller github.")
  private FindingsOutput.Format format = FindingsOutput.Format.TEXT;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FIL",
      description =
          "Skriv också anmärkningarna till en fil, t.ex. --report junit=tertial-junit.xml"
              + " --report sarif=tertial.sarif (får anges flera gånger).")
  private Map<FindingsOutput.Format, Path> reports = new LinkedHashMap<>();

  @Option(
      names = "--baseline",
      paramLabel = "FIL",
      description =
          "Godkända varningar (standard: tertial-baseline.json bredvid manifestet eller i"
              + " aktuell mapp, om den finns).")
  private Path baselineFile;

  @Option(
      names = "--write-baseline",
      description = "Godkänn alla nuvarande varningar: skriv dem till baslinjefilen.")
  private boolean writeBaseline;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Antal enheter som kontrolleras samtidigt (standard: antal kärnor).")
  private Integer jobs;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BatchManifest manifest = manifestFile == null ? null : manifest();
    List<Path> paths = inputPaths(manifest);
    PeriodSelection selection =
        periods != null
            ? periods
            : manifest != null ? manifest.periods() : new PeriodSelection.ReportPeriod();
    int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (threads < 1) {
      throw new UserException(CliMessages.get("batch.badJobs", threads));
    }
    Path folder = manifest != null ? manifest.base() : Path.of("");
    Path baselinePath = baselineFile != null ? baselineFile : folder.resolve(Baseline.FILE_NAME);
    List<Path> protectedPaths = new ArrayList<>(paths);
    if (manifestFile != null) {
      protectedPaths.add(manifestFile);
    }
    OutputPolicy policy = OutputPolicy.protecting(protectedPaths);
    PrintWriter out = spec.commandLine().getOut();

    List<Checked> items =
        new UnitChecks(
                new UnitChecks.Settings(
                    new InputPipeline(judgement.options()), selection, kind, threads))
            .run(paths);
    if (writeBaseline) {
      FindingsOutput.writeBaseline(baselinePath, items, policy, out);
    }
    Baseline baseline =
        FindingsOutput.baseline(writeBaseline ? baselinePath : baselineFile, folder);
    CheckReport report = baseline.apply(items);

    boolean single = manifest == null && paths.size() == 1 && items.size() == 1;
    out.println(
        FindingsOutput.render(
            report, format, strict, single, FindingsOutput::relativeToCurrentFolder));
    out.flush();
    FindingsOutput.writeReports(
        report, reports, strict, FindingsOutput::relativeToCurrentFolder, policy);
    return FindingsOutput.exitCode(report, strict);
  }

  private BatchManifest manifest() {
    try {
      return BatchManifest.read(manifestFile);
    } catch (BatchException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** The inputs named or matched, then the manifest's; a pattern matching nothing is an error. */
  private List<Path> inputPaths(BatchManifest manifest) {
    List<Path> paths = new ArrayList<>();
    for (String pattern : inputs) {
      List<Path> matched = InputGlobs.expand(Path.of(""), List.of(pattern));
      if (matched.isEmpty()) {
        throw new UserException(CliMessages.get("check.noMatch", pattern));
      }
      matched.stream()
          .map(CheckCommand::fromHere)
          .filter(p -> !paths.contains(p))
          .forEach(paths::add);
    }
    if (manifest != null) {
      List<Path> listed = InputGlobs.expand(manifest.base(), manifest.inputs());
      if (listed.isEmpty()) {
        throw new UserException(CliMessages.get("batch.noInputs", manifestFile));
      }
      listed.stream()
          .map(CheckCommand::fromHere)
          .filter(p -> !paths.contains(p))
          .forEach(paths::add);
    }
    if (paths.isEmpty()) {
      throw new UserException(CliMessages.get("check.noInputs"));
    }
    return paths;
  }

  /**
   * A matched input relative to the current folder when inside it: findings then name it as the
   * user wrote it ({@code enheter/a.xlsx}), not by an absolute path that differs per machine.
   */
  private static Path fromHere(Path absolute) {
    Path here = Path.of("").toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here)
        ? here.relativize(absolute)
        : absolute;
  }
}

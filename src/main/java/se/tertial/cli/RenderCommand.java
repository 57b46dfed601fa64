package se.tertial.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputNames;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.model.Finding;
import se.tertial.model.InvalidValueException;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.read.ReportReader;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.EvaluationOptions;
import se.tertial.rules.ReportEvaluation;
import se.tertial.rules.ReportEvaluator;

/**
 * {@code tertial render}: reads a workbook or CSV folder, judges the period and writes the appendix
 * as an accessible PDF (or one self-contained HTML file). Nothing is written when the input has
 * errors or rendering fails; an earlier good file is never replaced by a broken one.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Skriv bilagan som tillgänglig PDF (PDF/UA-1, PDF/A-2u) eller HTML.")
public final class RenderCommand implements Callable<Integer> {

  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.cli.render");

  /** Output formats. */
  enum Format {
    pdf,
    html
  }

  @Parameters(index = "0", paramLabel = "INDATA", description = "Arbetsbok (.xlsx) eller CSV-mapp.")
  private Path input;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Period, t.ex. 2022-T1 (standard: rapportens).")
  private String period;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FIL",
      description = "Utfil (standard: <enhet>-<period>.pdf bredvid indata).")
  private Path output;

  @Option(
      names = "--format",
      paramLabel = "pdf|html",
      description = "pdf eller html (standard: utfilens filändelse, annars pdf).")
  private Format format;

  @Option(
      names = "--templates",
      paramLabel = "KATALOG",
      description = "Egna mallar (kopia av templates/).")
  private Path templates;

  @Option(
      names = "--kind",
      paramLabel = "TYP",
      description =
          "Rapporttyp i stället för bladet Rapports: delarsbilaga, uppdragsaterkoppling,"
              + " manadsuppfoljning eller verksamhetsplan.")
  private String kind;

  @Option(names = "--landscape", description = "A4 liggande i stället för stående.")
  private boolean landscape;

  @Option(names = "--open", description = "Öppna filen när den är skriven.")
  private boolean open;

  @Option(names = "--strict", description = "Slutkod 1 om det finns varningar.")
  private boolean strict;

  @Option(
      names = "--watch",
      description =
          "Skriv om bilagan varje gång indata eller mallarna sparats, tills Ctrl-C. En rad per"
              + " körning; fel i indata lämnar den förra bilagan orörd.")
  private boolean watch;

  /** What the latest render did, for --watch's one line per render. */
  private RenderWatch.Tally tally = new RenderWatch.Tally();

  /** Told the watch session once it exists (tests stop it through this). */
  private java.util.function.Consumer<se.tertial.watch.WatchSession> watchStarted = session -> {};

  /** Lets a caller (a test) reach the --watch session, e.g. to stop it. */
  void onWatchStarted(java.util.function.Consumer<se.tertial.watch.WatchSession> listener) {
    this.watchStarted = Objects.requireNonNull(listener, "listener");
  }

  @Spec private CommandSpec spec;

  /** Reads an input as a report of a kind (null: the Rapport sheet's). */
  @FunctionalInterface
  interface KindReader {
    ReadResult read(Path input, String kind);
  }

  private final KindReader reader;
  private final BiFunction<Report, Period, ReportEvaluation> evaluator;

  /** The command as the CLI runs it. */
  public RenderCommand() {
    this(
        (KindReader) (path, kind) -> ReportReader.read(path, null, kind),
        (report, p) -> new ReportEvaluator(EvaluationOptions.defaults()).evaluate(report, p));
  }

  /** With another reader and evaluator (tests). */
  RenderCommand(
      Function<Path, ReadResult> reader, BiFunction<Report, Period, ReportEvaluation> evaluator) {
    this((KindReader) (path, kind) -> reader.apply(path), evaluator);
  }

  /** With another kind-aware reader and evaluator. */
  RenderCommand(KindReader reader, BiFunction<Report, Period, ReportEvaluation> evaluator) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
  }

  @Override
  public Integer call() {
    if (!watch) {
      return renderOnce();
    }
    if (!Files.exists(input)) {
      throw new UserException(TEXT.get("render.inputMissing", input));
    }
    return RenderWatch.run(
        this::renderForWatch, input, templates, output, spec.commandLine(), watchStarted);
  }

  private se.tertial.watch.WatchSession.Outcome renderForWatch() {
    tally = new RenderWatch.Tally();
    se.tertial.watch.WatchSession.Outcome outcome =
        RenderWatch.outcome(this::renderOnce, tally, spec.commandLine().getErr());
    open = false; // --open opens the first render only
    return outcome;
  }

  private int renderOnce() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(input)) {
      throw new UserException(TEXT.get("render.inputMissing", input));
    }
    OutputPolicy policy = OutputPolicy.protecting(List.of(input));
    if (output != null) {
      refuse(() -> policy.check(output)); // before reading: a refusal is quick
    }
    format = chosenFormat();
    ReadResult read = reader.read(input, kind);
    List<Finding> findings = new ArrayList<>(read.findings());
    read.findings().forEach(f -> err.println(describe(f)));
    long errors = read.findings().stream().filter(Finding::isError).count();
    tally.count(read.findings());
    if (errors > 0 || read.report().isEmpty()) {
      err.println(TEXT.get("render.errors", Math.max(errors, 1)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Report report = read.report().get();
    Period chosen = chosenPeriod(report);
    report = report.forPeriod(chosen);
    ReportEvaluation evaluation = evaluator.apply(report, chosen);
    evaluation.findings().forEach(f -> err.println(describe(f)));
    findings.addAll(evaluation.findings());
    tally.count(evaluation.findings());

    Path target = output != null ? output : defaultOutput(report, chosen);
    refuse(() -> policy.write(target, render(evaluation)));
    String written = TEXT.get("render.written", target, format == Format.pdf ? "PDF" : "HTML");
    tally.written(written);
    if (!watch) {
      out.println(written);
    }
    if (open) {
      openFile(target, err);
    }
    out.flush();
    err.flush();
    long warnings = findings.stream().filter(f -> !f.isError()).count();
    if (strict && warnings > 0) {
      err.println(TEXT.get("render.strict", warnings));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private byte[] render(ReportEvaluation evaluation) {
    TemplateEngine engine =
        templates == null ? TemplateEngine.bundled() : TemplateEngine.fromDirectory(templates);
    DocumentRenderer.Format documentFormat =
        format == Format.html ? DocumentRenderer.Format.HTML : DocumentRenderer.Format.PDF;
    return new DocumentRenderer(
            engine,
            new DocumentRenderer.Options(
                documentFormat, landscape, System.getenv("SOURCE_DATE_EPOCH")))
        .render(evaluation, input);
  }

  /** Runs {@code work}, turning a rendering or file failure into a usage error (exit 2). */
  private static void refuse(Runnable work) {
    try {
      work.run();
    } catch (RenderException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * {@code --format}, else the format {@code -o}'s extension names, else PDF. An extension that is
   * neither (e.g. {@code .docx}) or contradicts {@code --format} is refused: a PDF is never written
   * under another format's name.
   */
  private Format chosenFormat() {
    String extension = output == null ? "" : OutputNames.extension(output);
    Format named =
        switch (extension) {
          case "" -> null;
          case "pdf" -> Format.pdf;
          case "html", "htm", "xhtml" -> Format.html;
          default -> throw new UserException(TEXT.get("render.badExtension", output, extension));
        };
    if (format != null && named != null && format != named) {
      throw new UserException(TEXT.get("render.formatMismatch", output, format, named));
    }
    return format != null ? format : named != null ? named : Format.pdf;
  }

  private Period chosenPeriod(Report report) {
    if (period != null) {
      try {
        return Period.parse(period);
      } catch (InvalidValueException e) {
        throw new UserException(TEXT.get("render.badPeriod", e.getMessage()));
      }
    }
    if (report.info().period() == null) {
      throw new UserException(TEXT.get("render.noPeriod"));
    }
    return report.info().period();
  }

  private Path defaultOutput(Report report, Period chosen) {
    Path folder = input.toAbsolutePath().getParent();
    String name = OutputNames.of(report.info().unit(), chosen, format.name());
    if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > FileErrors.MAX_NAME_BYTES) {
      throw new UserException(
          TEXT.get("render.nameTooLong", name.length(), FileErrors.MAX_NAME_BYTES));
    }
    return folder == null ? Path.of(name) : folder.resolve(name);
  }

  private static String describe(Finding finding) {
    return finding.severity().label() + ": " + finding;
  }

  private static void openFile(Path target, PrintWriter err) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(target.toFile());
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Fall through to the hint below.
    }
    err.println(TEXT.get("render.openUnsupported", target));
  }
}

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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.batch.PeriodSelection;
import se.tertial.files.FileErrors;
import se.tertial.files.OutputNames;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
import se.tertial.model.Finding;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.SwedishHyphenation;
import se.tertial.render.TemplateEngine;
import se.tertial.rules.ReportEvaluation;
import se.tertial.workflow.InputPipeline;
import se.tertial.workflow.Validation;

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

  @Mixin InputOptions source;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FIL",
      description =
          "Utfil, eller mapp när flera perioder skrivs (skapas om den saknas; standard:"
              + " <enhet>-<period>.pdf bredvid indata).")
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

  @Option(names = "--landscape", description = "A4 liggande i stället för stående.")
  private boolean landscape;

  @Option(
      names = "--all-periods",
      description =
          "En bilaga per period som har utfall eller åtgärdsstatus, i samma körning (en fil per"
              + " period; -o anger då en mapp).")
  private boolean allPeriods;

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

  /** A pipeline in place of the command line's (tests); null: built from the options. */
  private final InputPipeline pipeline;

  /** What the renderer left out (a logo too big or no image), one Swedish line each. */
  private final List<String> renderWarnings = new ArrayList<>();

  /** The command as the CLI runs it. */
  public RenderCommand() {
    this.pipeline = null;
  }

  /** With another reader and evaluator (tests). */
  RenderCommand(
      Function<Path, ReadResult> reader, BiFunction<Report, Period, ReportEvaluation> evaluator) {
    this.pipeline =
        new InputPipeline(
            (path, period, kind) -> reader.apply(path), Validation.CHECKS, evaluator::apply);
  }

  @Override
  public Integer call() {
    if (!watch) {
      return renderOnce();
    }
    existingInput();
    return RenderWatch.run(
        this::renderForWatch, source.input, templates, output, spec.commandLine(), watchStarted);
  }

  private se.tertial.watch.WatchSession.Outcome renderForWatch() {
    tally = new RenderWatch.Tally();
    se.tertial.watch.WatchSession.Outcome outcome =
        RenderWatch.outcome(this::renderOnce, tally, spec.commandLine().getErr());
    open = false; // --open opens the first render only
    return outcome;
  }

  private int renderOnce() {
    PeriodSelection selection = selection();
    return selection == null ? renderSingle() : renderMany(selection);
  }

  /**
   * What to render when it is more than the one period: {@code --all-periods}, or a {@code
   * --period} list, range or {@code all}; null for one period (the sheet's or the one named).
   */
  private PeriodSelection selection() {
    if (allPeriods && source.periods != null) {
      throw new UserException(TEXT.get("render.periodAndAll"));
    }
    if (allPeriods) {
      return new PeriodSelection.All();
    }
    if (source.periods instanceof PeriodSelection.Listed listed && listed.periods().size() == 1) {
      return null;
    }
    return source.periods;
  }

  /** The input, refused with a usage error before anything else when it does not exist. */
  private Path existingInput() {
    if (!Files.exists(source.input)) {
      throw new UserException(TEXT.get("render.inputMissing", source.input));
    }
    return source.input;
  }

  private int renderSingle() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = existingInput();
    OutputPolicy policy = OutputPolicy.protecting(List.of(input));
    if (output != null) {
      refuse(() -> policy.check(output)); // before reading: a refusal is quick
    }
    format = chosenFormat();
    if (format == Format.pdf) {
      SwedishHyphenation.preload(); // while the workbook is read (perf, issue 16)
    }
    renderWarnings.clear(); // --watch renders again in this object
    InputPipeline.Loaded loaded = source.load(pipeline != null ? pipeline : source.pipeline());
    loaded.findings().forEach(f -> err.println(f.line()));
    tally.count(loaded.findings());
    if (loaded.hasErrors()) {
      err.println(TEXT.get("render.errors", Math.max(loaded.errors(), 1)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    ReportEvaluation evaluation = loaded.evaluation().orElseThrow();
    Path target =
        output == null
            ? defaultOutput(evaluation.report(), evaluation.period())
            : Files.isDirectory(output)
                ? output.resolve(outputName(evaluation.report(), evaluation.period()))
                : output;
    refuse(() -> policy.check(target));
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
    renderWarnings.forEach(err::println);
    err.flush();
    long warnings = loaded.warnings() + renderWarnings.size();
    if (strict && warnings > 0) {
      err.println(TEXT.get("render.strict", warnings));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private byte[] render(ReportEvaluation evaluation) {
    return render(evaluation, renderWarnings::add);
  }

  private byte[] render(ReportEvaluation evaluation, java.util.function.Consumer<String> warnings) {
    TemplateEngine engine =
        templates == null ? TemplateEngine.bundled() : TemplateEngine.fromDirectory(templates);
    DocumentRenderer.Format documentFormat =
        format == Format.html ? DocumentRenderer.Format.HTML : DocumentRenderer.Format.PDF;
    return new DocumentRenderer(
            engine,
            new DocumentRenderer.Options(
                documentFormat, landscape, System.getenv("SOURCE_DATE_EPOCH")))
        .render(evaluation, source.input, warnings);
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

  private Path defaultOutput(Report report, Period chosen) {
    Path folder = source.input.toAbsolutePath().getParent();
    String name = outputName(report, chosen);
    return folder == null ? Path.of(name) : folder.resolve(name);
  }

  /** {@code <enhet>-<period>.<format>}, named as {@code batch} names (files.OutputNames). */
  private String outputName(Report report, Period chosen) {
    String name = OutputNames.of(report.info().unit(), chosen, format.name());
    if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > FileErrors.MAX_NAME_BYTES) {
      throw new UserException(
          TEXT.get("render.nameTooLong", name.length(), FileErrors.MAX_NAME_BYTES));
    }
    return name;
  }

  /**
   * Several periods from one read of the input: every period is validated and judged first and
   * every document rendered in memory; only when none has errors are the files written, one per
   * period, into {@code -o}'s folder (created when missing) or beside the input. Bad input for any
   * period writes nothing (exit 2).
   */
  // Long on purpose: the steps in order (folder, read, judge each, render each, write), each
  // refusal before any file is written.
  private int renderMany(PeriodSelection selection) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = existingInput();
    OutputPolicy policy = OutputPolicy.protecting(List.of(input));
    format = folderFormat();
    renderWarnings.clear();
    InputPipeline pipe = pipeline != null ? pipeline : source.pipeline();
    Period readAs =
        selection instanceof PeriodSelection.Listed listed ? listed.periods().get(0) : null;
    ReadResult read = pipe.read(input, readAs, source.kind);
    List<Finding> general =
        read.findings().stream().filter(f -> !InputPipeline.isPeriodFinding(f)).toList();
    general.forEach(f -> err.println(f.line()));
    tally.count(general);
    long errors = general.stream().filter(Finding::isError).count();
    long warnings = general.size() - errors;
    if (read.hasErrors() || read.report().isEmpty()) {
      err.println(TEXT.get("render.errors", Math.max(errors, 1)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    List<Period> periods = selection.periodsFor(read.report().get());
    if (periods.isEmpty()) {
      throw new UserException(TEXT.get("render.noPeriods", input));
    }
    List<ReportEvaluation> judged = new ArrayList<>();
    for (Period period : periods) {
      InputPipeline.Loaded loaded = pipe.judge(read, period);
      List<Finding> own = loaded.findings().stream().filter(f -> !general.contains(f)).toList();
      own.forEach(
          f ->
              err.println(
                  TEXT.get("render.periodFinding", f.severity().label(), period.code(), f)));
      tally.count(own);
      long ownErrors = own.stream().filter(Finding::isError).count();
      errors += ownErrors;
      warnings += own.size() - ownErrors;
      loaded.evaluation().filter(e -> !loaded.hasErrors()).ifPresent(judged::add);
    }
    if (errors > 0 || judged.size() < periods.size()) {
      err.println(TEXT.get("render.errorsMany", Math.max(errors, 1), periods.size()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Path folder = output != null ? output : input.toAbsolutePath().getParent();
    java.util.Map<Path, byte[]> documents = new java.util.LinkedHashMap<>();
    java.util.Set<String> left = new java.util.LinkedHashSet<>();
    for (ReportEvaluation evaluation : judged) {
      Path target = folder.resolve(outputName(evaluation.report(), evaluation.period()));
      refuse(() -> policy.check(target));
      byte[][] bytes = new byte[1][];
      refuse(() -> bytes[0] = render(evaluation, left::add));
      documents.put(target, bytes[0]);
    }
    createFolder(folder);
    documents.forEach((target, bytes) -> refuse(() -> policy.write(target, bytes)));
    String written =
        TEXT.get(
            "render.writtenMany", documents.size(), folder, format == Format.pdf ? "PDF" : "HTML");
    tally.written(written);
    if (!watch) {
      documents.keySet().forEach(target -> out.println(TEXT.get("render.writtenOne", target)));
      out.println(written);
    }
    if (open) {
      documents.keySet().forEach(target -> openFile(target, err));
    }
    out.flush();
    left.forEach(err::println);
    err.flush();
    warnings += left.size();
    if (strict && warnings > 0) {
      err.println(TEXT.get("render.strict", warnings));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  /**
   * The format when {@code -o} names a folder: {@code --format}, else PDF. An {@code -o} that is an
   * existing file, or that is not a folder yet but ends in .pdf or .html, is refused: several
   * documents are never written into one file name.
   */
  private Format folderFormat() {
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new UserException(TEXT.get("render.outputNotFolder", output));
    }
    String extension = output == null ? "" : OutputNames.extension(output);
    if (output != null
        && !Files.isDirectory(output)
        && List.of("pdf", "html", "htm", "xhtml").contains(extension)) {
      throw new UserException(TEXT.get("render.outputNotFolder", output));
    }
    return format != null ? format : Format.pdf;
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UserException(TEXT.get("render.noFolder", folder, FileErrors.reason(folder, e)));
    }
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

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
import se.tertial.files.FileErrors;
import se.tertial.files.OutputNames;
import se.tertial.files.OutputPolicy;
import se.tertial.files.RenderException;
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
    if (!Files.exists(source.input)) {
      throw new UserException(TEXT.get("render.inputMissing", source.input));
    }
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = source.input;
    if (!Files.exists(input)) {
      throw new UserException(TEXT.get("render.inputMissing", input));
    }
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
    Path target = output != null ? output : defaultOutput(evaluation.report(), evaluation.period());
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
    TemplateEngine engine =
        templates == null ? TemplateEngine.bundled() : TemplateEngine.fromDirectory(templates);
    DocumentRenderer.Format documentFormat =
        format == Format.html ? DocumentRenderer.Format.HTML : DocumentRenderer.Format.PDF;
    return new DocumentRenderer(
            engine,
            new DocumentRenderer.Options(
                documentFormat, landscape, System.getenv("SOURCE_DATE_EPOCH")))
        .render(evaluation, source.input, renderWarnings::add);
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
    String name = OutputNames.of(report.info().unit(), chosen, format.name());
    if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > FileErrors.MAX_NAME_BYTES) {
      throw new UserException(
          TEXT.get("render.nameTooLong", name.length(), FileErrors.MAX_NAME_BYTES));
    }
    return folder == null ? Path.of(name) : folder.resolve(name);
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

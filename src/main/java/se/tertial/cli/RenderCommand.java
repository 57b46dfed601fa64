package se.tertial.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.files.AtomicFiles;
import se.tertial.files.OutputNames;
import se.tertial.files.RenderException;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.model.Report;
import se.tertial.read.ReadResult;
import se.tertial.render.DocumentRenderer;
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

  @Option(names = "--format", paramLabel = "pdf|html", description = "pdf (standard) eller html.")
  private Format format = Format.pdf;

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

  @Spec private CommandSpec spec;

  /** A pipeline in place of the command line's (tests); null: built from the options. */
  private final InputPipeline pipeline;

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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = source.input;
    if (!Files.exists(input)) {
      throw new UserException(TEXT.get("render.inputMissing", input));
    }
    InputPipeline.Loaded loaded = source.load(pipeline != null ? pipeline : source.pipeline());
    loaded.findings().forEach(f -> err.println(f.line()));
    if (loaded.hasErrors()) {
      err.println(TEXT.get("render.errors", Math.max(loaded.errors(), 1)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    ReportEvaluation evaluation = loaded.evaluation().orElseThrow();
    Path target = output != null ? output : defaultOutput(evaluation.report(), evaluation.period());
    try {
      byte[] bytes = render(evaluation);
      AtomicFiles.write(target, bytes);
    } catch (RenderException e) {
      throw new UserException(e.getMessage());
    }
    out.println(TEXT.get("render.written", target, format == Format.pdf ? "PDF" : "HTML"));
    if (open) {
      openFile(target, err);
    }
    out.flush();
    err.flush();
    if (strict && loaded.warnings() > 0) {
      err.println(TEXT.get("render.strict", loaded.warnings()));
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
        .render(evaluation, source.input);
  }

  private Path defaultOutput(Report report, Period chosen) {
    Path folder = source.input.toAbsolutePath().getParent();
    String name = OutputNames.of(report.info().unit(), chosen, format.name());
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

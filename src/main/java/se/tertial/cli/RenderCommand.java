package se.tertial.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.tertial.files.OutputPolicy;
import se.tertial.model.Messages;
import se.tertial.model.Period;
import se.tertial.render.DocumentRenderer;
import se.tertial.watch.WatchSession;
import se.tertial.workflow.AllOrNothing;
import se.tertial.workflow.DocumentJob;
import se.tertial.workflow.OutputPlan;
import se.tertial.workflow.PeriodSelection;

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
    html,
    docx
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
      paramLabel = "FORMAT",
      description = "pdf, html eller docx (Word) (standard: utfilens filändelse, annars pdf).")
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

  /** --open opens the first render's files only, not every one of --watch. */
  private boolean opened;

  /** Told the watch session once it exists (tests stop it through this). */
  private Consumer<WatchSession> watchStarted = session -> {};

  /** Lets a caller (a test) reach the --watch session, e.g. to stop it. */
  void onWatchStarted(Consumer<WatchSession> listener) {
    this.watchStarted = Objects.requireNonNull(listener, "listener");
  }

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (!watch) {
      return renderOnce();
    }
    if (!Files.exists(source.input)) { // nothing to watch
      throw new UserException(TEXT.get("render.inputMissing", source.input));
    }
    return RenderWatch.run(
        this::renderForWatch, source.input, templates, output, spec.commandLine(), watchStarted);
  }

  private WatchSession.Outcome renderForWatch() {
    tally = new RenderWatch.Tally();
    return RenderWatch.outcome(this::renderOnce, tally, spec.commandLine().getErr());
  }

  /**
   * One input, read once, judged for every requested period, every document rendered, then all
   * written or none ({@link AllOrNothing}).
   */
  private int renderOnce() {
    PeriodSelection selection = selection();
    boolean single = selection == null;
    Path input = source.input;
    OutputPolicy policy = OutputPolicy.protecting(List.of(input));
    if (single && output != null) {
      UserException.refusing(
          () -> policy.check(output)); // before anything else: an input is never overwritten
    }
    Format chosen =
        single ? RenderFormat.forFile(output, format) : RenderFormat.forFolder(output, format);
    DocumentJob job = job(chosen);
    DocumentJob.Judging judging =
        InputOptions.refusingKindRefusal(
            () ->
                job.judgeAll(
                    input,
                    single ? source.period() : firstListed(selection),
                    source.kind,
                    single ? source.onePeriod() : selection));
    RenderOutput print = new RenderOutput(spec.commandLine(), tally, single);
    if (!print.findings(judging)) {
      return ExitCodes.BAD_INPUT;
    }
    Path folder = output != null ? output : input.toAbsolutePath().getParent();
    Function<DocumentJob.Judged, Path> target =
        single && output != null && !Files.isDirectory(output)
            ? judged -> output
            : judged ->
                folderOrHere(folder).resolve(UserException.refusing(() -> job.name(judged)));
    AllOrNothing.Written written =
        UserException.refusing(
            () -> AllOrNothing.write(job, judging, target, single ? null : folder, policy));
    print.written(written, single ? null : folder, RenderFormat.label(chosen), watch);
    if (open && !opened) {
      written.files().forEach(print::open);
    }
    opened = true;
    return print.exitCode(strict);
  }

  /** A folder, or the current folder for an input with no parent. */
  private static Path folderOrHere(Path folder) {
    return folder == null ? Path.of("") : folder;
  }

  private DocumentJob job(Format chosen) {
    DocumentRenderer renderer = RenderFormat.renderer(chosen, templates, landscape);
    return new DocumentJob(source.pipeline(), renderer, OutputPlan.of(List.of(source.input)));
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

  /** The period a list is read for (its first); null for every period (read as the sheet says). */
  private static Period firstListed(PeriodSelection selection) {
    return selection instanceof PeriodSelection.Listed listed ? listed.periods().get(0) : null;
  }
}

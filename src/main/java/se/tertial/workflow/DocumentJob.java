package se.tertial.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tertial.files.OutputException;
import se.tertial.model.Finding;
import se.tertial.model.Period;
import se.tertial.pdf.PdfException;
import se.tertial.render.DocumentRenderer;
import se.tertial.render.RenderException;
import se.tertial.rules.ReportEvaluation;

/**
 * The one way an input becomes documents, for {@code render} (one period, several, {@code
 * --all-periods}, {@code --watch}) and {@code batch} alike: the input is read once and the
 * requested periods listed ({@link #plan}), each period judged on what was read ({@link #judge}),
 * named by the run's {@link OutputPlan} ({@link #name}) and rendered to bytes ({@link #render}).
 * What the commands do with the bytes — all or nothing, or item by item — and what they print is
 * theirs. Thread-safe when its pipeline and renderer are (both are).
 */
public final class DocumentJob {

  /**
   * One period judged on an input read once.
   *
   * @param source the input as read
   * @param period the period judged
   * @param loaded the judged report (absent on errors) and every finding, reading's first
   */
  public record Judged(DocumentSource source, Period period, InputPipeline.Loaded loaded) {
    public Judged {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(loaded, "loaded");
    }

    /** Whether this period cannot be rendered. */
    public boolean hasErrors() {
      return loaded.hasErrors();
    }

    /** The findings of this period that are not about the input as a whole. */
    public List<Finding> ownFindings() {
      List<Finding> general = source.generalFindings();
      return loaded.findings().stream().filter(f -> !general.contains(f)).toList();
    }

    /** The judged report. */
    public ReportEvaluation evaluation() {
      return loaded.evaluation().orElseThrow();
    }
  }

  /**
   * One input read once and judged for each requested period; nothing rendered yet.
   *
   * @param source the input as read
   * @param periods each period judged, in order (none when reading failed)
   */
  public record Judging(DocumentSource source, List<Judged> periods) {
    public Judging {
      Objects.requireNonNull(source, "source");
      periods = List.copyOf(periods);
    }

    /** Errors of reading and of every period; at least one when nothing can be rendered. */
    public long errors() {
      long errors = source.generalFindings().stream().filter(Finding::isError).count();
      for (Judged judged : periods) {
        errors += judged.ownFindings().stream().filter(Finding::isError).count();
      }
      return errors;
    }

    /** Whether every requested period can be rendered. */
    public boolean complete() {
      return !source.failed()
          && !periods.isEmpty()
          && periods.stream().noneMatch(Judged::hasErrors);
    }
  }

  /**
   * A rendered document.
   *
   * @param bytes the PDF or HTML file
   * @param warnings what it prints otherwise than the templates ask, one Swedish line each
   */
  public record Document(byte[] bytes, List<String> warnings) {
    public Document {
      warnings = List.copyOf(warnings);
    }
  }

  private final InputPipeline pipeline;
  private final DocumentRenderer renderer;
  private final OutputPlan names;

  /**
   * @param pipeline reads each input and validates and judges each of its periods
   * @param renderer turns a judged period into the bytes of its document
   * @param names the output names of the run's inputs
   */
  public DocumentJob(InputPipeline pipeline, DocumentRenderer renderer, OutputPlan names) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Reads {@code input} once: the report, every finding of reading, and the logo beside it.
   *
   * @param readAs the period to read for instead of the Rapport sheet's, or null
   * @param kind the report kind instead of the Rapport sheet's, or null
   */
  public DocumentSource read(Path input, Period readAs, String kind) {
    return pipeline.readDocument(input, readAs, kind);
  }

  /**
   * The periods to render: those {@code selection} asks for; with {@link
   * PeriodSelection.ReportPeriod}, the one the input was read for. Empty for an input that failed.
   *
   * @throws PeriodSelection.KindRefusal when a period was written in a form the input's kind does
   *     not read
   */
  public List<Period> periods(DocumentSource source, PeriodSelection selection) {
    return source
        .report()
        .map(r -> selection.periodsFor(r, pipeline.periodReader(r.info().kind())))
        .orElse(List.of());
  }

  /**
   * One input read once and the periods asked of it, none judged yet.
   *
   * @param source the input as read
   * @param periods the periods to judge, in order (none when reading failed)
   */
  public record Planned(DocumentSource source, List<Period> periods) {
    public Planned {
      Objects.requireNonNull(source, "source");
      periods = List.copyOf(periods);
    }
  }

  /**
   * Reads {@code input} once and lists the periods {@code selection} asks for: the first step of
   * the job, the same for every write policy.
   *
   * @param readAs the period to read for instead of the Rapport sheet's, or null
   * @param kind the report kind instead of the Rapport sheet's, or null
   * @throws PeriodSelection.KindRefusal when a period was written in a form the input's kind does
   *     not read
   */
  public Planned plan(Path input, Period readAs, String kind, PeriodSelection selection) {
    DocumentSource source = read(input, readAs, kind);
    return new Planned(source, source.failed() ? List.of() : periods(source, selection));
  }

  /**
   * Reads {@code input} once and judges every period {@code selection} asks for before anything is
   * rendered: {@link AllOrNothing}'s first half, where one period's failure is the whole run's.
   * {@link ItemByItem} judges each planned period on its own instead ({@link
   * ItemByItem#write(DocumentSource, Period)}).
   *
   * @param readAs the period to read for instead of the Rapport sheet's, or null
   * @param kind the report kind instead of the Rapport sheet's, or null
   */
  public Judging judgeAll(Path input, Period readAs, String kind, PeriodSelection selection) {
    Planned planned = plan(input, readAs, kind, selection);
    return new Judging(
        planned.source(), planned.periods().stream().map(p -> judge(planned.source(), p)).toList());
  }

  /** Validates and judges what was read, for {@code period}. */
  public Judged judge(DocumentSource source, Period period) {
    return new Judged(source, period, pipeline.judge(source.read(), period));
  }

  /**
   * The document's file name, {@code <input>-<period>.<format>}, the same in {@code render} and
   * {@code batch}.
   *
   * @throws OutputException when the name would be too long for a file system
   */
  public String name(Judged judged) {
    return names.name(judged.source().input(), judged.period(), renderer.format().extension());
  }

  /**
   * The document's bytes.
   *
   * @throws RenderException when the template fails
   * @throws PdfException when the PDF engine fails
   */
  public Document render(Judged judged) {
    List<String> warnings = new ArrayList<>();
    byte[] bytes = renderer.render(judged.evaluation(), judged.source().logo(), warnings::add);
    return new Document(bytes, warnings);
  }

  /** Why {@code input} is not rendered in this run (its name collides), if it is not. */
  public Optional<String> refusal(Path input) {
    return names.refusal(input);
  }
}

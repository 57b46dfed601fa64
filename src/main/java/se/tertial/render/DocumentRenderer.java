package se.tertial.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import se.tertial.docx.DocxWriter;
import se.tertial.kind.ReportKindModule;
import se.tertial.kind.ReportKinds;
import se.tertial.pdf.PdfDates;
import se.tertial.rules.ReportEvaluation;
import se.tertial.view.KindViewModel;

/**
 * One judged period → the bytes of its document (PDF or self-contained HTML), with the template of
 * the report's kind. Shared by {@code render} and {@code batch}; thread-safe, since every PDF gets
 * its own builder.
 */
public final class DocumentRenderer {

  /** The document formats. */
  public enum Format {
    PDF("pdf"),
    HTML("html"),
    /** Word (Office Open XML), to merge into an interim report written in Word. */
    DOCX("docx");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * Settings of a renderer.
   *
   * @param format PDF or HTML
   * @param landscape A4 landscape instead of portrait
   * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} value for the PDF dates, or null
   */
  public record Options(Format format, boolean landscape, String sourceDateEpoch) {
    public Options {
      Objects.requireNonNull(format, "format");
      if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
        PdfDates.epoch(sourceDateEpoch); // refused before any rendering starts
      }
    }
  }

  private final TemplateRenderer renderer;
  private final Optional<Path> templateDirectory;
  private final Options options;
  private final ReportKinds kinds;

  public DocumentRenderer(TemplateEngine templates, Options options) {
    this(templates, options, ReportKinds.BUILT_IN);
  }

  /** With the kinds to render (a test adds one of its own). */
  public DocumentRenderer(TemplateEngine templates, Options options, ReportKinds kinds) {
    this.renderer = new TemplateRenderer(templates);
    this.templateDirectory = templates.directory();
    this.options = Objects.requireNonNull(options, "options");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    if (options.format() == Format.PDF) {
      SwedishHyphenation.preload(); // PDFs are hyphenated; the patterns load meanwhile
    }
  }

  /**
   * Renders {@code evaluation}; {@code input} is the workbook, whose folder may hold a logo.
   *
   * @throws RenderException when the template or PDF engine fails
   */
  public byte[] render(ReportEvaluation evaluation, Path input) {
    return render(evaluation, input, warning -> {});
  }

  /**
   * Renders {@code evaluation}; {@code warnings} hears of what was left out (a logo too big or no
   * image), one Swedish line each.
   *
   * @throws RenderException when the template or PDF engine fails, or the logo links out of its
   *     folder
   */
  public byte[] render(
      ReportEvaluation evaluation, Path input, java.util.function.Consumer<String> warnings) {
    String kind = evaluation.report().info().kind();
    Optional<ReportKindModule> module = kinds.module(kind);
    // A kind of the user's own gets the delårsbilaga's view model and its own template, so a
    // custom template can restyle the appendix.
    KindViewModel model =
        module.orElse(kinds.fallbackModule()).view(evaluation, logo(input, warnings));
    String template = module.map(ReportKindModule::template).orElse(kind + ".ftl");
    if (options.format() == Format.HTML) {
      return renderer
          .xhtml(model, template, false, options.landscape())
          .getBytes(StandardCharsets.UTF_8);
    }
    PdfDates dates =
        PdfDates.of(
            options.sourceDateEpoch(),
            evaluation.report().info().publicationDate(evaluation.period()),
            evaluation.period());
    if (options.format() == Format.DOCX) {
      String xhtml = renderer.xhtml(model, template, false, options.landscape());
      return DocxWriter.write(xhtml, dates.instant(), options.landscape());
    }
    return renderer.pdf(model, template, options.landscape(), dates, warnings);
  }

  /**
   * The unit's own logo (next to its workbook), else the one in the template folder, which so
   * serves every unit rendered with those templates.
   */
  private String logo(Path input, java.util.function.Consumer<String> warnings) {
    String own = LogoFinder.dataUri(input, warnings);
    if (!own.isEmpty() || templateDirectory.isEmpty()) {
      return own;
    }
    return LogoFinder.templateDataUri(templateDirectory.get(), warnings);
  }

  public Format format() {
    return options.format();
  }
}

package se.tertial.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import se.tertial.docx.DocxWriter;
import se.tertial.files.Logo;
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
  private final Logo templateLogo;
  private final Options options;
  private final ReportKinds kinds;

  public DocumentRenderer(TemplateEngine templates, Options options) {
    this(templates, options, ReportKinds.BUILT_IN);
  }

  /** With the kinds to render (a test adds one of its own). */
  public DocumentRenderer(TemplateEngine templates, Options options, ReportKinds kinds) {
    this.renderer = new TemplateRenderer(templates);
    // Read once for the run: it serves every unit rendered with these templates that has none.
    this.templateLogo = templates.directory().map(Logo::beside).orElseGet(Logo.Absent::new);
    this.options = Objects.requireNonNull(options, "options");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    if (options.format() == Format.PDF) {
      SwedishHyphenation.preload(); // PDFs are hyphenated; the patterns load meanwhile
    }
  }

  /**
   * Renders {@code evaluation} with the logo beside {@code input}, read now: for callers that have
   * no {@code workflow.DocumentSource} (tests, benchmarks); the commands pass the logo read with
   * the input.
   *
   * @throws RenderException when the template or PDF engine fails, or a logo links out of its
   *     folder
   */
  public byte[] render(ReportEvaluation evaluation, Path input) {
    return render(evaluation, Logo.beside(input));
  }

  /**
   * Renders {@code evaluation} with the unit's own logo (read with its input), else the template
   * folder's.
   *
   * @throws RenderException when the template or PDF engine fails, or a logo links out of its
   *     folder
   */
  public byte[] render(ReportEvaluation evaluation, Logo unitLogo) {
    return render(evaluation, unitLogo, warning -> {});
  }

  /**
   * Renders {@code evaluation}; {@code warnings} hears, one Swedish line each, of what the document
   * prints otherwise than the templates ask (a font family the PDF cannot embed, an image the
   * template names by path, in every format).
   *
   * @throws RenderException when the template or PDF engine fails, or a logo links out of its
   *     folder
   */
  public byte[] render(ReportEvaluation evaluation, Logo unitLogo, Consumer<String> warnings) {
    String kind = evaluation.report().info().kind();
    Optional<ReportKindModule> module = kinds.module(kind);
    // A kind of the user's own gets the delårsbilaga's view model and its own template, so a
    // custom template can restyle the appendix.
    KindViewModel model =
        module.orElse(kinds.fallbackModule()).view(evaluation, logo(unitLogo, warnings));
    String template = module.map(ReportKindModule::template).orElse(kind + ".ftl");
    if (options.format() == Format.HTML) {
      return unpaged(model, template, warnings).getBytes(StandardCharsets.UTF_8);
    }
    PdfDates dates =
        PdfDates.of(
            options.sourceDateEpoch(),
            evaluation.report().info().publicationDate(evaluation.period()),
            evaluation.period());
    if (options.format() == Format.DOCX) {
      return DocxWriter.write(
          unpaged(model, template, warnings), dates.instant(), options.landscape());
    }
    return renderer.pdf(model, template, options.landscape(), dates, warnings);
  }

  /**
   * The document without page layout (HTML file, Word), warning of each image it names by path: a
   * browser would look for the file beside the HTML, and Word gets the data: images only
   * (docx.Pictures), so a named file is missing there as in the PDF ({@link TemplateRenderer#pdf}
   * warns of it for the paged document).
   */
  private String unpaged(KindViewModel model, String template, Consumer<String> warnings) {
    String xhtml = renderer.xhtml(model, template, false, options.landscape());
    TemplateImages.notEmbedded(xhtml).forEach(warnings);
    return xhtml;
  }

  private String logo(Logo unitLogo, Consumer<String> warnings) {
    String own = LogoDataUri.of(unitLogo);
    return own.isEmpty() ? LogoDataUri.ofTemplateFolder(templateLogo, warnings) : own;
  }

  public Format format() {
    return options.format();
  }
}

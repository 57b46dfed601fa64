package se.tertial.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
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
    HTML("html");

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
    }
  }

  private final AppendixRenderer renderer;
  private final Options options;

  public DocumentRenderer(TemplateEngine templates, Options options) {
    this.renderer = new AppendixRenderer(templates);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Renders {@code evaluation}; {@code input} is the workbook, whose folder may hold a logo.
   *
   * @throws RenderException when the template or PDF engine fails
   */
  public byte[] render(ReportEvaluation evaluation, Path input) {
    KindViewModel model = KindViews.build(evaluation, LogoFinder.dataUri(input));
    String kind = evaluation.report().info().kind();
    if (options.format() == Format.HTML) {
      return renderer
          .xhtml(model, kind, false, options.landscape())
          .getBytes(StandardCharsets.UTF_8);
    }
    PdfDates dates =
        PdfDates.of(
            options.sourceDateEpoch(),
            evaluation.report().info().publicationDate(evaluation.period()),
            evaluation.period());
    return renderer.pdf(model, kind, options.landscape(), dates);
  }

  public Format format() {
    return options.format();
  }
}

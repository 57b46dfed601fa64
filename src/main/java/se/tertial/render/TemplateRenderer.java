package se.tertial.render;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.xml.sax.SAXParseException;
import se.tertial.model.Messages;
import se.tertial.pdf.FontFamilies;
import se.tertial.pdf.PdfDates;
import se.tertial.pdf.PdfException;
import se.tertial.pdf.PdfWriter;
import se.tertial.view.KindViewModel;

/**
 * Renders a document of any kind (the delårsbilaga and the others): view model → template → XHTML,
 * and XHTML → PDF. One instance can render many documents, also from several threads at once (each
 * render builds its own PDF builder), and shares between them what does not change: the resolved
 * theme and the hyphenated words.
 */
public final class TemplateRenderer {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  private final TemplateEngine templates;
  private final PdfWriter pdf;

  /** The theme resolved once for the documents this renderer makes. */
  private final ThemeCss theme = new ThemeCss();

  /** The hyphenation of this renderer's documents, remembering each word (set on first use). */
  private final AtomicReference<SwedishHyphenation.Run> hyphenation = new AtomicReference<>();

  public TemplateRenderer(TemplateEngine templates) {
    this(templates, new PdfWriter());
  }

  /** With another PDF writer (the benchmarks compare {@link PdfWriter#withoutPdfUaAndPdfA()}). */
  public TemplateRenderer(TemplateEngine templates, PdfWriter pdf) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.pdf = Objects.requireNonNull(pdf, "pdf");
  }

  /**
   * The XHTML document from {@code template} (e.g. {@code delarsbilaga.ftl}); {@code paged} selects
   * PDF layout (page numbers, bookmarks). The theme's custom properties are resolved in it ({@link
   * ThemeCss}); for PDF its running text is hyphenated ({@link SwedishHyphenation}). The HTML file
   * is left unhyphenated: a browser hyphenates it itself ({@code hyphens: auto}, lang sv-SE), and
   * its text stays searchable and copyable word for word.
   */
  public String xhtml(KindViewModel model, String template, boolean paged, boolean landscape) {
    KindViewModel laidOut = model.withMeta(model.meta().layout(paged, landscape));
    String document = theme.resolve(templates.process(template, laidOut));
    TemplateImages.check(document, template, templates);
    return paged ? hyphenation().xhtml(document) : document;
  }

  /** Waits for the patterns on first use (they load in the background meanwhile). */
  private SwedishHyphenation.Run hyphenation() {
    SwedishHyphenation.Run run = hyphenation.get();
    if (run == null) {
      hyphenation.compareAndSet(null, SwedishHyphenation.swedish().run());
      run = hyphenation.get();
    }
    return run;
  }

  /** The PDF: PDF/UA-1 + PDF/A-2u with the default {@link PdfWriter}. */
  public byte[] pdf(KindViewModel model, String template, boolean landscape, PdfDates dates) {
    return pdf(model, template, landscape, dates, warning -> {});
  }

  /**
   * The PDF; {@code warnings} hears of each font family the theme or template asks for that the PDF
   * cannot embed (its text is drawn with Liberation Sans instead, {@link FontFamilies}).
   */
  public byte[] pdf(
      KindViewModel model,
      String template,
      boolean landscape,
      PdfDates dates,
      Consumer<String> warnings) {
    String document = xhtml(model, template, true, landscape);
    FontFamilies.warnings(document).forEach(warnings);
    TemplateImages.notEmbedded(document).forEach(warnings);
    if (document.isBlank()) {
      throw new RenderException(TEXT.get("template.empty", template));
    }
    try {
      return pdf.write(document, dates);
    } catch (PdfException e) {
      throw notXhtml(template, e).orElseThrow(() -> e);
    }
  }

  /** The XML parser's complaint about a template's output, in Swedish with line and column. */
  private static Optional<RenderException> notXhtml(String template, PdfException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return Optional.of(
            new RenderException(
                TEXT.get(
                    "template.notXhtml",
                    template,
                    Integer.toString(sax.getLineNumber()),
                    Integer.toString(sax.getColumnNumber())),
                e));
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return Optional.empty();
  }
}

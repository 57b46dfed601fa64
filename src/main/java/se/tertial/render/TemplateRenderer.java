package se.tertial.render;

import java.util.Objects;
import java.util.function.Consumer;
import se.tertial.pdf.FontFamilies;
import se.tertial.pdf.PdfDates;
import se.tertial.pdf.PdfWriter;
import se.tertial.view.KindViewModel;

/**
 * Renders a document of any kind (the delårsbilaga and the others): view model → template → XHTML,
 * and XHTML → PDF. One instance can render many documents, also from several threads at once (each
 * render builds its own PDF builder).
 */
public final class TemplateRenderer {

  private final TemplateEngine templates;
  private final PdfWriter pdf;

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
    String document = ThemeCss.resolve(templates.process(template, laidOut));
    return paged ? SwedishHyphenation.swedish().xhtml(document) : document;
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
    return pdf.write(document, dates);
  }
}

package se.tertial.render;

import java.util.Objects;

/**
 * Renders a document of any kind (the delårsbilaga and the others): view model → template → XHTML,
 * and XHTML → PDF. One instance can render many documents, also from several threads at once (each
 * render builds its own PDF builder).
 */
public final class AppendixRenderer {

  private final TemplateEngine templates;
  private final PdfWriter pdf;

  public AppendixRenderer(TemplateEngine templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.pdf = new PdfWriter();
  }

  /** The XHTML document; {@code paged} selects PDF layout (page numbers, bookmarks). */
  public String xhtml(KindViewModel model, String kind, boolean paged, boolean landscape) {
    KindViewModel laidOut = model.withMeta(model.meta().layout(paged, landscape));
    return templates.process(kind + ".ftl", laidOut);
  }

  /** The PDF/UA-1 + PDF/A-2u document. */
  public byte[] pdf(KindViewModel model, String kind, boolean landscape, PdfDates dates) {
    return pdf.write(xhtml(model, kind, true, landscape), dates);
  }
}

package se.tertial.render;

import java.time.Instant;
import se.tertial.kind.appendix.AppendixViewModel;
import se.tertial.kind.appendix.AppendixViewModelBuilder;
import se.tertial.pdf.PdfDates;

/** The fixture rendered once per test JVM (rendering is the slow part of the suite). */
final class RenderedFixture {
  static final TemplateRenderer RENDERER = new TemplateRenderer(TemplateEngine.bundled());
  static final AppendixViewModel MODEL =
      new AppendixViewModelBuilder().build(Fixtures.evaluation(), "");
  static final PdfDates DATES = new PdfDates(Instant.parse("2022-05-31T00:00:00Z"));

  private static volatile byte[] pdf;

  private RenderedFixture() {}

  static String xhtml() {
    return RENDERER.xhtml(MODEL, "delarsbilaga.ftl", true, false);
  }

  static byte[] pdf() {
    byte[] result = pdf;
    if (result == null) {
      result = RENDERER.pdf(MODEL, "delarsbilaga.ftl", false, DATES);
      pdf = result;
    }
    return result;
  }
}

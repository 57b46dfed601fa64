package se.tertial.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.util.List;

/**
 * The font files the PDF may embed, all shipped in the jar: Liberation Sans (Latin with its
 * extensions, Greek, Cyrillic, Hebrew) is the family templates name; Noto Sans Arabic and a Symbola
 * subset (symbols, arrows, mathematical letters, emoji) are fallbacks, tried only for a character
 * Liberation Sans lacks, so they are embedded (as a subset) only in documents that use them.
 * Licences: docs/licences.md.
 */
final class EmbeddedFonts {
  private EmbeddedFonts() {}

  /**
   * One font file.
   *
   * @param resource the classpath resource
   * @param family the CSS family it is registered under
   * @param fallback whether it is tried only after the document's own families
   */
  record Face(String resource, String family, int weight, FontStyle style, boolean fallback) {}

  /** The family templates use; the only one they name. */
  static final String MAIN_FAMILY = "Liberation Sans";

  /** Every face, main family first, fallbacks in the order they are tried. */
  static final List<Face> FACES =
      List.of(
          new Face(
              "liberation/LiberationSans-Regular.ttf", MAIN_FAMILY, 400, FontStyle.NORMAL, false),
          new Face("liberation/LiberationSans-Bold.ttf", MAIN_FAMILY, 700, FontStyle.NORMAL, false),
          new Face(
              "liberation/LiberationSans-Italic.ttf", MAIN_FAMILY, 400, FontStyle.ITALIC, false),
          new Face(
              "liberation/LiberationSans-BoldItalic.ttf",
              MAIN_FAMILY,
              700,
              FontStyle.ITALIC,
              false),
          new Face(
              "fonts/noto/NotoSansArabic-Regular.ttf",
              "Noto Sans Arabic",
              400,
              FontStyle.NORMAL,
              true),
          new Face(
              "fonts/noto/NotoSansArabic-Bold.ttf",
              "Noto Sans Arabic",
              700,
              FontStyle.NORMAL,
              true),
          new Face("fonts/symbola/Symbola-emoji.ttf", "Symbola", 400, FontStyle.NORMAL, true));
}

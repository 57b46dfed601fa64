package se.tertial.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text renderer with the width of each character remembered per font, for one
 * document. The layout measures every word, many of them several times (min/max widths, line
 * breaking, leaders), and PDFBox's {@code PDFont.getStringWidth} encodes the string and reads the
 * codes back through the CMap for every call — a fifth of a render in the profile. Here each code
 * point's width is asked of PDFBox once and the string's width is summed in the same order and
 * float arithmetic, so the widths, and thus the PDF, are exactly those of the stock renderer.
 *
 * <p>Strings with a character the first font lacks go to the stock renderer (its fallback-font
 * runs). One instance per document and thread: the fonts are the document's own {@code PDFont}s.
 */
final class CachingTextRenderer extends PdfBoxTextRenderer {

  // Same rounding as PdfBoxTextRenderer.getWidth (its private TEXT_MEASURING_DELTA).
  private static final float TEXT_MEASURING_DELTA = 0.01f;

  /** The widths asked of PDFBox so far, per font of this document. */
  private final Map<PDFont, Widths> widths = new IdentityHashMap<>();

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    if (string == null || !(font instanceof PdfBoxFSFont pdfBoxFont)) {
      return super.getWidth(context, font, string);
    }
    PDFont first = firstFont(pdfBoxFont.getFontDescriptions());
    if (first == null) {
      return super.getWidth(context, font, string);
    }
    Widths known = widths.get(first);
    if (known == null) {
      known = new Widths(first);
      widths.put(first, known);
    }
    float sum = 0f;
    // The characters of TextRenderer.getEffectivePrintableString(string), without building it:
    // that copy, and the code point stream that checks it, ran for every word measured.
    for (int i = 0; i < string.length(); ) {
      int codePoint = string.codePointAt(i);
      i += Character.charCount(codePoint);
      if (!OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
        continue;
      }
      float width = known.of(codePoint);
      if (Float.isNaN(width)) {
        return super.getWidth(context, font, string);
      }
      sum += width;
    }
    float result = sum / 1000f * pdfBoxFont.getSize2D();
    return result - Math.floor(result) < TEXT_MEASURING_DELTA
        ? (int) result
        : (int) Math.ceil(result);
  }

  /**
   * One font's widths in 1/1000 em, by code point: NaN when the font has no glyph for it. Kept in
   * blocks of 256 code points, so the layout's millions of look-ups box no numbers and allocate
   * nothing; the rare code point past the Basic Multilingual Plane is asked of PDFBox each time.
   */
  private static final class Widths {
    private static final int BLOCK = 256;
    private static final float NOT_ASKED = Float.NEGATIVE_INFINITY;

    private final PDFont font;
    private final float[][] blocks = new float[(Character.MAX_VALUE + 1) / BLOCK][];

    Widths(PDFont font) {
      this.font = font;
    }

    float of(int codePoint) {
      if (codePoint > Character.MAX_VALUE) {
        return widthOf(font, codePoint);
      }
      float[] block = blocks[codePoint / BLOCK];
      if (block == null) {
        block = new float[BLOCK];
        Arrays.fill(block, NOT_ASKED);
        blocks[codePoint / BLOCK] = block;
      }
      float width = block[codePoint % BLOCK];
      if (width == NOT_ASKED) {
        width = widthOf(font, codePoint);
        block[codePoint % BLOCK] = width;
      }
      return width;
    }
  }

  private static PDFont firstFont(List<FontDescription> descriptions) {
    if (descriptions == null) {
      return null;
    }
    for (int i = 0; i < descriptions.size(); i++) {
      PDFont font = descriptions.get(i).getFont();
      if (font != null) {
        return font;
      }
    }
    return null;
  }

  private static float widthOf(PDFont font, int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IllegalArgumentException | IOException e) {
      // No glyph (or unreadable): the stock renderer's fallback-font runs handle the string.
      return Float.NaN;
    }
  }
}

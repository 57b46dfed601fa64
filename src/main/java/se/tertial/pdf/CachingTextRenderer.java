package se.tertial.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.HashMap;
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

  /** Width in 1/1000 em per code point, or NaN when the font has no glyph for it. */
  private final Map<PDFont, Map<Integer, Float>> widths = new IdentityHashMap<>();

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    if (string == null || !(font instanceof PdfBoxFSFont pdfBoxFont)) {
      return super.getWidth(context, font, string);
    }
    PDFont first = firstFont(pdfBoxFont.getFontDescriptions());
    if (first == null) {
      return super.getWidth(context, font, string);
    }
    Map<Integer, Float> known = widths.computeIfAbsent(first, f -> new HashMap<>());
    float sum = 0f;
    // The characters of TextRenderer.getEffectivePrintableString(string), without building it:
    // that copy, and the code point stream that checks it, ran for every word measured.
    for (int i = 0; i < string.length(); ) {
      int codePoint = string.codePointAt(i);
      i += Character.charCount(codePoint);
      if (!OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
        continue;
      }
      float width = known.computeIfAbsent(codePoint, cp -> widthOf(first, cp));
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

  private static PDFont firstFont(List<FontDescription> descriptions) {
    if (descriptions == null) {
      return null;
    }
    for (FontDescription description : descriptions) {
      PDFont font = description.getFont();
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

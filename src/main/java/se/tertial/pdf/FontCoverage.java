package se.tertial.pdf;

import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the PDF can print: those with a glyph in one of the {@link EmbeddedFonts}. Any
 * other character comes out as {@code #}, so readers warn about it before rendering. Immutable and
 * thread-safe; the fonts' character maps are read once, on first use.
 */
public final class FontCoverage {
  // Code points above this have no glyph in any embedded font (planes 0 and 1 only).
  private static final int LAST = 0x1FFFF;

  private final BitSet printable;

  private FontCoverage(BitSet printable) {
    this.printable = printable;
  }

  /** The coverage of the fonts every PDF embeds. */
  public static FontCoverage embedded() {
    return Holder.EMBEDDED;
  }

  /** Initialised on first use only: commands that never print (rule, help) never read fonts. */
  private static final class Holder {
    static final FontCoverage EMBEDDED = read();
  }

  private static FontCoverage read() {
    BitSet covered = new BitSet(LAST + 1);
    for (EmbeddedFonts.Face face : EmbeddedFonts.FACES) {
      try (TrueTypeFont font =
          new TTFParser().parse(new RandomAccessReadBuffer(Resources.bytes(face.resource())))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int cp = 0; cp <= LAST; cp++) {
          if (!covered.get(cp) && cmap.getGlyphId(cp) > 0) {
            covered.set(cp);
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Embedded font unreadable: " + face.resource(), e);
      }
    }
    return new FontCoverage(covered);
  }

  /**
   * Whether {@code codePoint} prints: it has a glyph, or it is never drawn (white space, line
   * breaks, format characters such as soft hyphens, joiners and direction marks, variation
   * selectors).
   */
  public boolean prints(int codePoint) {
    if (codePoint <= LAST && printable.get(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
  }

  /** The distinct characters of {@code text} that do not print, in order of appearance. */
  public Set<Integer> missing(String text) {
    Set<Integer> missing = new LinkedHashSet<>();
    text.codePoints().filter(cp -> !prints(cp)).forEach(missing::add);
    return missing;
  }
}

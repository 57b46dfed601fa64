package se.tertial.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * thread-safe.
 *
 * <p>The coverage ships as a list of code point ranges ({@value #RESOURCE}) instead of being read
 * from the fonts at every start: parsing the seven faces' character maps and probing every code
 * point of planes 0 and 1 cost a cold {@code render} about 0.1–0.6 s of its main thread before the
 * workbook was even checked (docs/performance.md). {@code FontCoverageTest} compares the list with
 * the fonts themselves, so a changed font cannot leave it stale.
 */
public final class FontCoverage {
  /** Classpath resource with the covered code points. */
  static final String RESOURCE = "se/tertial/pdf/font-coverage.txt";

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

  /** Initialised on first use only: commands that never print (rule, help) never read it. */
  private static final class Holder {
    static final FontCoverage EMBEDDED = shipped();
  }

  /** The coverage from the shipped list of ranges. */
  static FontCoverage shipped() {
    try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource missing from the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException("Resource unreadable: " + RESOURCE, e);
    }
  }

  /**
   * Parses a list of ranges: one {@code first-last} or single code point per line, in hexadecimal;
   * lines starting with {@code #} are comments.
   */
  static FontCoverage parse(String ranges) {
    BitSet covered = new BitSet(LAST + 1);
    for (String line : ranges.split("\n")) {
      String range = line.strip();
      if (range.isEmpty() || range.startsWith("#")) {
        continue;
      }
      int dash = range.indexOf('-');
      int first = Integer.parseInt(dash < 0 ? range : range.substring(0, dash), 16);
      int last = dash < 0 ? first : Integer.parseInt(range.substring(dash + 1), 16);
      covered.set(first, last + 1);
    }
    return new FontCoverage(covered);
  }

  /** Reads the coverage from the fonts' character maps (for the test that keeps the list true). */
  static FontCoverage ofFonts() {
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

  /** The covered code points as {@link #parse} reads them, without comments. */
  String ranges() {
    StringBuilder out = new StringBuilder();
    for (int first = printable.nextSetBit(0); first >= 0; ) {
      int end = printable.nextClearBit(first); // exclusive
      out.append(String.format("%04X", first));
      if (end - 1 > first) {
        out.append('-').append(String.format("%04X", end - 1));
      }
      out.append('\n');
      first = printable.nextSetBit(end);
    }
    return out.toString();
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

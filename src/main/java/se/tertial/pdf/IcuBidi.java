package se.tertial.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the PDF renderer with ICU4J: the Unicode bidirectional algorithm splits
 * text into directional runs and reverses right-to-left runs (mirroring brackets), and Arabic
 * letters are shaped into their contextual forms (initial, medial, final, isolated, lam-alef),
 * which PDFBox itself does not do. openhtmltopdf's own module for this is not published for the
 * version tertial uses, so these adapters connect its interfaces to ICU directly.
 */
final class IcuBidi {
  private IcuBidi() {}

  /** A new splitter per paragraph layout, as openhtmltopdf asks for. */
  static BidiSplitterFactory splitters() {
    return Splitter::new;
  }

  /** Reordering and Arabic shaping. */
  static BidiReorderer reorderer() {
    return new Reorderer();
  }

  private static final class Splitter implements BidiSplitter {
    private final Bidi bidi = new Bidi();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      byte level =
          switch (defaultDirection) {
            case LTR -> Bidi.LTR;
            case RTL -> Bidi.RTL;
            default -> Bidi.LEVEL_DEFAULT_LTR;
          };
      bidi.setPara(paragraph, level, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      return switch (Bidi.getBaseDirection(paragraph)) {
        case Bidi.LTR -> LTR;
        case Bidi.RTL -> RTL;
        default -> NEUTRAL;
      };
    }
  }

  private static final class Reorderer implements BidiReorderer {
    private final ArabicShaping shaper =
        new ArabicShaping(
            ArabicShaping.TEXT_DIRECTION_LOGICAL
                | ArabicShaping.LETTERS_SHAPE
                | ArabicShaping.LENGTH_GROW_SHRINK);
    private final ArabicShaping unshaper =
        new ArabicShaping(
            ArabicShaping.TEXT_DIRECTION_LOGICAL
                | ArabicShaping.LETTERS_UNSHAPE
                | ArabicShaping.LENGTH_GROW_SHRINK);

    @Override
    public String reorderRTLTextToLTR(String text) {
      return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
      return shape(shaper, text);
    }

    @Override
    public String deshapeText(String text) {
      return shape(unshaper, text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }

    // Shaping only fails on an invalid option combination, never on text: unshaped text is
    // still the right letters, so it is kept rather than failing the render.
    private static String shape(ArabicShaping shaping, String text) {
      try {
        return shaping.shape(text);
      } catch (ArabicShapingException e) {
        return text;
      }
    }
  }
}

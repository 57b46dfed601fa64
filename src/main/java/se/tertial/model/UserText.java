package se.tertial.model;

import java.text.Normalizer;

/**
 * Text as a user types it or a file holds it, made comparable before anything is compared with it:
 * one Unicode form (NFC, so a decomposed "Å" that macOS hands over is the letter Å) and no
 * invisible space at either end. "Space" is every Unicode space, not only the ASCII one: a no-break
 * space (U+00A0) copied from a web page, a narrow or figure space, an ideographic space, and the
 * zero-width space, word joiner and byte-order mark, none of which anyone can see in a cell —
 * "M06\u00a0" is the ID M06.
 */
public final class UserText {
  private UserText() {}

  /** NFC and {@link #trim}; null stays null. */
  public static String normalise(String text) {
    return text == null ? null : trim(nfc(text));
  }

  /** The text in NFC (unchanged, the same instance, when it already is). */
  public static String nfc(String text) {
    if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The text without Unicode spaces ({@link #isSpace}) at either end; null stays null. */
  public static String trim(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /**
   * Whether a character is a space nobody can tell from no character at an edge: Java's whitespace,
   * every Unicode space separator (Zs, Zl, Zp: U+00A0, U+2007, U+202F, U+3000 …) and the invisible
   * format characters used as spaces or joiners (U+200B, U+2060, U+FEFF, U+180E).
   */
  public static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x200B
        || codePoint == 0x2060
        || codePoint == 0xFEFF
        || codePoint == 0x180E;
  }

  /** Inner runs of Unicode spaces as one ASCII space, and trimmed (for matching words). */
  public static String collapseSpaces(String text) {
    String trimmed = trim(text);
    StringBuilder out = new StringBuilder(trimmed.length());
    boolean space = false;
    for (int i = 0; i < trimmed.length(); ) {
      int cp = trimmed.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}

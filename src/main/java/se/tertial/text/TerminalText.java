package se.tertial.text;

import java.io.PrintWriter;

/**
 * Makes text safe to print on a terminal: control characters (C0 except tab and line feed, a
 * carriage return not followed by a line feed, DEL, C1), bidirectional overrides and isolates
 * (which can make printed text read differently from what it is) and lone surrogates become visible
 * {@code \}{@code uXXXX} escapes. Cell text such as {@code ESC[8m} (which hides all later output)
 * thus prints as {@code \}{@code u001B[8m}. The escapes are also valid inside JSON strings, so JSON
 * printed through it stays JSON with the same meaning. Pure functions.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every unsafe character escaped; null gives "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && safe(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (safe(text, i)) {
        out.append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Prints {@code text} that the caller made safe itself (escaped data plus the program's own
   * colour codes) without escaping it again.
   */
  public static void printRaw(PrintWriter out, String text) {
    if (out instanceof TerminalWriter terminal) {
      terminal.printRaw(text);
    } else {
      out.print(text);
    }
  }

  private static boolean safe(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\t') {
      return true;
    }
    if (c == '\r') {
      return i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return false; // a valid pair is let through by escape() itself
    }
    return true;
  }
}

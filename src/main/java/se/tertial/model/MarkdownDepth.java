package se.tertial.model;

/**
 * How deeply a text cell's inline markdown may nest — emphasis ({@code *}, {@code _}, {@code ~})
 * and link brackets — estimated without parsing it. commonmark parses and renders inline nesting
 * recursively, so a cell of thousands of {@code *} or {@code [} ends in a stack overflow; this
 * estimate lets the reader refuse such a cell and the renderer never hand it to commonmark. The
 * estimate is an upper bound of the nesting a parser could build: a delimiter run that can open
 * (followed by a non-space, preceded by a space, punctuation or the line start) adds its length,
 * one that can only close subtracts it, {@code [} adds one and {@code ]} subtracts one; a blank
 * line (a new paragraph) starts again at zero. Quote and list markers at a line's start ({@code >},
 * {@code - }, {@code 1. }) nest blocks, which commonmark renders recursively too; the deepest line
 * of them is added. Real texts stay in single digits.
 */
public final class MarkdownDepth {
  /** Inline nesting a text may reach; far above any real text, far below a stack overflow. */
  public static final int MAX = 100;

  private MarkdownDepth() {}

  /** The deepest nesting the text could reach: its deepest block markers plus inline nesting. */
  public static int of(String text) {
    return blocks(text) + inline(text);
  }

  /** The most quote and list markers any one line opens with. */
  static int blocks(String text) {
    int deepest = 0;
    int depth = 0;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '\n') {
        depth = 0;
        lineStart = true;
        i++;
        continue;
      }
      if (!lineStart) {
        i++;
        continue;
      }
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '>') {
        depth++;
        i++;
      } else if ((c == '-' || c == '*' || c == '+')
          && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        depth++;
        i++;
      } else {
        int j = i;
        while (j < text.length() && j - i < 9 && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j > i
            && j + 1 < text.length()
            && (text.charAt(j) == '.' || text.charAt(j) == ')')
            && text.charAt(j + 1) == ' ') {
          depth++;
          i = j + 1;
        } else {
          lineStart = false;
        }
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  /** The deepest inline nesting the text could reach. */
  static int inline(String text) {
    int depth = 0;
    int deepest = 0;
    int n = text.length();
    boolean blankLine = true;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (blankLine) {
          depth = 0;
        }
        blankLine = true;
        i++;
        continue;
      }
      if (!Character.isWhitespace(c)) {
        blankLine = false;
      }
      if (c == '\\' && i + 1 < n) {
        i += 2; // an escaped delimiter is text
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '*' || c == '_' || c == '~') {
        int end = i;
        while (end < n && text.charAt(end) == c) {
          end++;
        }
        int run = end - i;
        boolean before = i == 0 || isSpaceOrPunctuation(text.charAt(i - 1));
        boolean after = end == n || isSpaceOrPunctuation(text.charAt(end));
        boolean nextSpace = end == n || Character.isWhitespace(text.charAt(end));
        boolean prevSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        if (!nextSpace && before) {
          depth += run; // can open
        } else if (!prevSpace && after) {
          depth = Math.max(0, depth - run); // can only close
        }
        i = end;
        deepest = Math.max(deepest, depth);
        continue;
      }
      deepest = Math.max(deepest, depth);
      i++;
    }
    return deepest;
  }

  private static boolean isSpaceOrPunctuation(char c) {
    return Character.isWhitespace(c)
        || (!Character.isLetterOrDigit(c) && c != '*' && c != '_' && c != '~');
  }
}

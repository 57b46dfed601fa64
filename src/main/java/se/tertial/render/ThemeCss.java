package se.tertial.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.model.Messages;

/**
 * Resolves the theme's CSS custom properties ({@code --primary: #1A3A5C} in a {@code :root} rule,
 * used as {@code var(--primary)}) in the style elements of a rendered document.
 *
 * <p>Why: the templates keep every colour and the font in one theme file ({@code
 * templates/common/tema.css}), but openhtmltopdf 1.1 skips any declaration using {@code var()}, and
 * Batik (SVG in a template of your own) has no custom properties at all. So the values are put in
 * place before the document reaches either; the {@code :root} rules are dropped. Only {@code
 * <style>} elements are touched, never the document's text.
 */
final class ThemeCss {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  private static final Pattern ROOT_RULE = Pattern.compile(":root\\s*\\{([^}]*)\\}");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern DECLARATION =
      Pattern.compile("(--[A-Za-z0-9_-]+)\\s*:\\s*([^;]*?)\\s*(?:;|$)");
  private static final int MAX_DEPTH = 10;
  private static final String OPEN = "<style";
  private static final String CLOSE = "</style>";

  /** Distinct sets of style elements remembered per run; a run has one or a few. */
  private static final int MAX_REMEMBERED = 64;

  /**
   * The style elements' resolved text by their text as the template wrote it (and whether the
   * document uses {@code var(} at all): every document of a run carries the same theme, so it is
   * resolved once.
   */
  private final Map<StyleKey, List<String>> resolved = new ConcurrentHashMap<>();

  private record StyleKey(List<String> styles, boolean usesVariables) {}

  /** A resolver for one run of documents (it remembers the styles it has resolved). */
  ThemeCss() {}

  /**
   * The document with every {@code var(--name)} in its style elements replaced by the value set in
   * a {@code :root} rule (the last one wins, as in CSS), or by the {@code var()}'s fallback.
   *
   * @throws RenderException naming the property when one is used but set nowhere, or refers to
   *     itself
   */
  String resolve(String xhtml) {
    List<int[]> spans = styleSpans(xhtml);
    if (spans.isEmpty()) {
      return xhtml;
    }
    List<String> styles = spans.stream().map(span -> xhtml.substring(span[0], span[1])).toList();
    StyleKey key = new StyleKey(styles, xhtml.contains("var("));
    List<String> done = resolved.get(key);
    if (done == null) {
      done = key.usesVariables() ? substituted(styles) : withoutRoots(styles);
      if (resolved.size() < MAX_REMEMBERED) {
        resolved.putIfAbsent(key, done);
      }
    }
    StringBuilder out = new StringBuilder(xhtml.length());
    int from = 0;
    for (int k = 0; k < spans.size(); k++) {
      out.append(xhtml, from, spans.get(k)[0]).append(done.get(k));
      from = spans.get(k)[1];
    }
    return out.append(xhtml, from, xhtml.length()).toString();
  }

  /**
   * Where the text of each {@code <style …>…</style>} element starts and ends: the opening tag's
   * name followed by no further letter, digit or underscore, up to the first closing tag.
   */
  private static List<int[]> styleSpans(String xhtml) {
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = xhtml.indexOf(OPEN, from);
      int after = open + OPEN.length();
      if (open < 0 || after >= xhtml.length()) {
        return spans;
      }
      char next = xhtml.charAt(after);
      if (Character.isLetterOrDigit(next) || next == '_') {
        from = open + 1;
        continue;
      }
      int tagEnd = xhtml.indexOf('>', after);
      int close = tagEnd < 0 ? -1 : xhtml.indexOf(CLOSE, tagEnd + 1);
      if (close < 0) {
        return spans;
      }
      spans.add(new int[] {tagEnd + 1, close});
      from = close + CLOSE.length();
    }
  }

  /** Every {@code var()} replaced, the {@code :root} rules and the comments dropped. */
  private static List<String> substituted(List<String> styles) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String css : styles) {
      Matcher root = ROOT_RULE.matcher(COMMENT.matcher(css).replaceAll(""));
      while (root.find()) {
        Matcher declaration = DECLARATION.matcher(root.group(1));
        while (declaration.find()) {
          properties.put(declaration.group(1), declaration.group(2));
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String css : styles) {
      // Comments go too: they may mention var(--…) in words.
      String plain = ROOT_RULE.matcher(COMMENT.matcher(css).replaceAll("")).replaceAll("");
      out.add(substitute(plain, properties, 0));
    }
    return out;
  }

  /** Only the {@code :root} rules dropped: nothing uses them. */
  private static List<String> withoutRoots(List<String> styles) {
    return styles.stream().map(css -> ROOT_RULE.matcher(css).replaceAll("")).toList();
  }

  /** Replaces each {@code var(…)} in {@code css}; values may use other properties. */
  private static String substitute(String css, Map<String, String> properties, int depth) {
    int start = css.indexOf("var(");
    if (start < 0) {
      return css;
    }
    if (depth > MAX_DEPTH) {
      throw new RenderException(TEXT.get("theme.cycle", css.strip()));
    }
    StringBuilder out = new StringBuilder(css.length());
    int from = 0;
    while (start >= 0) {
      int end = closingParenthesis(css, start + 3);
      String inside = css.substring(start + 4, end);
      int comma = topLevelComma(inside);
      String name = (comma < 0 ? inside : inside.substring(0, comma)).strip();
      String value = properties.get(name);
      if (value == null && comma >= 0) {
        value = inside.substring(comma + 1).strip();
      }
      if (value == null) {
        throw new RenderException(TEXT.get("theme.undefined", name));
      }
      out.append(css, from, start).append(substitute(value, properties, depth + 1));
      from = end + 1;
      start = css.indexOf("var(", from);
    }
    return out.append(css, from, css.length()).toString();
  }

  private static int closingParenthesis(String css, int open) {
    int level = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '(') {
        level++;
      } else if (c == ')' && --level == 0) {
        return i;
      }
    }
    throw new RenderException(
        "Fel i mallens tema: var( utan avslutande parentes i stilmallen ("
            + css.substring(open - 3, Math.min(css.length(), open + 40)).strip()
            + ")");
  }

  private static int topLevelComma(String text) {
    int level = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        level++;
      } else if (c == ')') {
        level--;
      } else if (c == ',' && level == 0) {
        return i;
      }
    }
    return -1;
  }
}

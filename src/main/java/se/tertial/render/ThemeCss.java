package se.tertial.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tertial.files.RenderException;

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

  private static final Pattern STYLE =
      Pattern.compile("(<style\\b[^>]*>)(.*?)(</style>)", Pattern.DOTALL);
  private static final Pattern ROOT_RULE = Pattern.compile(":root\\s*\\{([^}]*)\\}");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern DECLARATION =
      Pattern.compile("(--[A-Za-z0-9_-]+)\\s*:\\s*([^;]*?)\\s*(?:;|$)");
  private static final int MAX_DEPTH = 10;

  private ThemeCss() {}

  /**
   * The document with every {@code var(--name)} in its style elements replaced by the value set in
   * a {@code :root} rule (the last one wins, as in CSS), or by the {@code var()}'s fallback.
   *
   * @throws RenderException naming the property when one is used but set nowhere, or refers to
   *     itself
   */
  static String resolve(String xhtml) {
    if (!xhtml.contains("var(")) {
      return stripRoots(xhtml);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    Matcher style = STYLE.matcher(xhtml);
    while (style.find()) {
      Matcher root = ROOT_RULE.matcher(COMMENT.matcher(style.group(2)).replaceAll(""));
      while (root.find()) {
        Matcher declaration = DECLARATION.matcher(root.group(1));
        while (declaration.find()) {
          properties.put(declaration.group(1), declaration.group(2));
        }
      }
    }
    StringBuilder out = new StringBuilder(xhtml.length());
    style.reset();
    while (style.find()) {
      // Comments go too: they may mention var(--…) in words.
      String css = ROOT_RULE.matcher(COMMENT.matcher(style.group(2)).replaceAll("")).replaceAll("");
      style.appendReplacement(
          out,
          Matcher.quoteReplacement(
              style.group(1) + substitute(css, properties, 0) + style.group(3)));
    }
    style.appendTail(out);
    return out.toString();
  }

  private static String stripRoots(String xhtml) {
    if (!xhtml.contains(":root")) {
      return xhtml;
    }
    StringBuilder out = new StringBuilder(xhtml.length());
    Matcher style = STYLE.matcher(xhtml);
    while (style.find()) {
      style.appendReplacement(
          out,
          Matcher.quoteReplacement(
              style.group(1) + ROOT_RULE.matcher(style.group(2)).replaceAll("") + style.group(3)));
    }
    style.appendTail(out);
    return out.toString();
  }

  /** Replaces each {@code var(…)} in {@code css}; values may use other properties. */
  private static String substitute(String css, Map<String, String> properties, int depth) {
    int start = css.indexOf("var(");
    if (start < 0) {
      return css;
    }
    if (depth > MAX_DEPTH) {
      throw new RenderException(
          "Fel i mallens tema: egenskaperna hänvisar till varandra i en ring ("
              + css.strip()
              + ")");
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
        throw new RenderException(
            "Fel i mallens tema: "
                + name
                + " används i stilmallen men sätts inte i :root (templates/common/tema.css)");
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

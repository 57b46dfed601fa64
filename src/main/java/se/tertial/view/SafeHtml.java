package se.tertial.view;

import java.util.Objects;

/**
 * An XHTML fragment that has passed {@link TextSanitizer}: only the allow-listed elements and links
 * remain. Templates print it unescaped; every other string is escaped.
 *
 * @param html the sanitised fragment, well-formed XHTML
 */
public record SafeHtml(String html) {

  public static final SafeHtml EMPTY = new SafeHtml("");

  public SafeHtml {
    Objects.requireNonNull(html, "html");
  }

  public boolean isEmpty() {
    return html.isBlank();
  }
}

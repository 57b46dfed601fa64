package se.tertial.view;

/**
 * A free text section from {@code Texter}.
 *
 * @param anchor element id
 * @param heading heading text
 * @param body sanitised text
 * @param present whether the input had the section
 */
public record TextSection(String anchor, String heading, SafeHtml body, boolean present) {
  public static TextSection absent(String anchor, String heading) {
    return new TextSection(anchor, heading, SafeHtml.EMPTY, false);
  }
}

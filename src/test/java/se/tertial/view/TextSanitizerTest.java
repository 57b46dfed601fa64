package se.tertial.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.testing.Concurrently;

class TextSanitizerTest {

  private final TextSanitizer sanitizer = new TextSanitizer();

  private String html(String text) {
    // Newlines between block elements carry no meaning; compare the structure.
    return sanitizer.toHtml(text).html().replace("\n", "");
  }

  @Test
  void rendersTheMarkdownSubset() {
    assertThat(html("Ett **fett** och *kursivt* ord.\n\n- ett\n- två"))
        .isEqualTo(
            "<p>Ett <strong>fett</strong> och <em>kursivt</em> ord.</p><ul><li>ett</li><li>två</li></ul>");
  }

  @Test
  void deeplyNestedEmphasisAndLinksAreShownAsPlainTextWithoutOverflowingTheStack()
      throws Exception {
    // 20 000 levels overflowed commonmark's recursive inline parser and renderer (exit 3).
    String strong = "**".repeat(20_000) + "x" + "**".repeat(20_000);
    String links = "*[".repeat(20_000) + "x" + "](https://example.org)*".repeat(20_000);
    // A thread with a small stack: the bound must hold however little stack a worker has.
    String[] out = new String[2];
    Thread thread =
        new Thread(
            null,
            () -> {
              out[0] = html(strong);
              out[1] = html(links);
            },
            "small-stack",
            256 * 1024);
    thread.start();
    thread.join();

    assertThat(out[0]).startsWith("<p>****").doesNotContain("<strong>").endsWith("****</p>");
    assertThat(out[1]).startsWith("<p>*[*[").doesNotContain("<a ").doesNotContain("<em>");
  }

  @Test
  void nestingARealTextUsesIsStillRendered() {
    assertThat(html("**Mål: *[se bilaga](https://example.org)***"))
        .isEqualTo(
            "<p><strong>Mål: <em><a href=\"https://example.org\" title=\"se bilaga\">se"
                + " bilaga</a></em></strong></p>");
  }

  @Test
  void keepsManualLineBreaks() {
    assertThat(html("rad ett\nrad två")).isEqualTo("<p>rad ett<br />rad två</p>");
  }

  @Test
  void keepsSafeLinksWithTitle() {
    assertThat(html("[SKR](https://skr.se)"))
        .isEqualTo("<p><a href=\"https://skr.se\" title=\"SKR\">SKR</a></p>");
    assertThat(html("<a href=\"mailto:a@b.se\">mejl</a>")).contains("href=\"mailto:a@b.se\"");
  }

  @Test
  void dropsScriptsHandlersAndJavascriptLinks() {
    String out =
        html(
            "<script>alert(1)</script><img src=x onerror=\"alert(2)\">"
                + " <a href=\"javascript:alert(4)\" onclick=\"x()\">länk</a>");
    assertThat(out).doesNotContain("<script", "alert", "onerror", "javascript:", "onclick", "<img");
    assertThat(out).contains("länk");
  }

  @Test
  void markdownJavascriptLinksLoseTheirTarget() {
    String out = html("Se [klick](javascript:alert(3)) och [data](data:text/html,x)");
    assertThat(out).doesNotContain("href").contains("klick", "data");
  }

  @Test
  void sanitisesHtmlFromExportsToTheAllowList() {
    assertThat(
            html(
                "<p>Ett <em>viktigt</em> <span style=\"color:red\">ord</span></p><ul><li>a</li></ul>"))
        .isEqualTo("<p>Ett <em>viktigt</em> ord</p><ul><li>a</li></ul>");
  }

  @Test
  void freemarkerSyntaxIsPlainText() {
    assertThat(html("Värde ${7*7} och <#assign x=1> samt [#if]"))
        .contains("${7*7}")
        .doesNotContain("49")
        .doesNotContain("<#assign");
  }

  @Test
  void escapesAngleBracketsAndAmpersands() {
    assertThat(html("utskrivningsklara >1 dygn & 5 < 7"))
        .isEqualTo("<p>utskrivningsklara &gt;1 dygn &amp; 5 &lt; 7</p>");
  }

  @Test
  void emptyTextGivesEmptyFragment() {
    assertThat(sanitizer.toHtml("  ").isEmpty()).isTrue();
    assertThat(sanitizer.toHtml((String) null)).isEqualTo(SafeHtml.EMPTY);
  }

  @Test
  void styleScriptSvgMathAndTitleAreRemovedWithTheirContent() {
    String out =
        html(
            "före <style>p{color:red}</style> mitt <svg><style>SVG</style></svg>"
                + "<math><style>MATH</style></math><title>TITEL</title> efter");
    assertThat(out).doesNotContain("color", "SVG", "MATH", "TITEL", "<style", "<svg");
    assertThat(out).contains("före", "mitt", "efter");
    assertThat(html("<style>body{display:none}</style>")).isEmpty();
  }

  @Test
  void oneSanitizerFromManyThreadsGivesWhatOneThreadGives() throws Exception {
    // Batch workers share one sanitizer, and its parsed selectors with it.
    List<String> texts =
        List.of(
            "Ett **fett** ord\n\n- ett\n- två",
            "<p onclick=\"x()\">Text <script>alert(1)</script><style>p{}</style> kvar</p>",
            "[länk](https://example.org) och <a>utan href</a> och <svg><title>t</title></svg>",
            "<p><math>x</math></p><p>sista</p>");
    List<String> expected = texts.stream().map(this::html).toList();
    assertThat(Concurrently.results(texts, this::html, expected, 8, 8, 200))
        .allSatisfy(result -> assertThat(result).isEqualTo(expected));
  }
}

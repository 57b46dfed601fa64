package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scan for images named by path finds exactly what the case-insensitive regular expressions it
 * replaced found, in the same order, on documents mixing every shape they look for.
 */
class TemplateImagesScanTest {

  // The previous implementation, kept here as the reference.
  private static final Pattern IMG_SOURCE =
      Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE =
      Pattern.compile(
          "<style\\b[^>]*>(.*?)</style>|\\bstyle\\s*=\\s*\"([^\"]*)\"",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*[\"']?([^\"')]*)", Pattern.CASE_INSENSITIVE);

  private static List<String> reference(String document) {
    Set<String> references = new LinkedHashSet<>();
    collect(IMG_SOURCE.matcher(document), references);
    Matcher css = STYLE.matcher(document);
    while (css.find()) {
      collect(CSS_URL.matcher(css.group(1) != null ? css.group(1) : css.group(2)), references);
    }
    return references.stream().toList();
  }

  private static void collect(Matcher reference, Set<String> references) {
    while (reference.find()) {
      String target = reference.group(1).strip();
      if (!target.isEmpty() && !target.regionMatches(true, 0, "data:", 0, 5)) {
        references.add(target);
      }
    }
  }

  private static final String[] PIECES = {
    "<img src=\"karta.png\" alt=\"k\"/>",
    "<IMG SRC='Bild.PNG'/>",
    "<img alt=\"x\" src = \"data:image/png;base64,AAAA\"/>",
    "<Style type=\"text/css\">body { background: url(bakgrund.png) }</STYLE>",
    "<style>.a { background: URL( 'Logga.svg' ) } .b { background: url(data:image/png;base64,AA) }",
    "</style>",
    "<p style=\"background: url(&quot;rand.png&quot;)\">text</p>",
    "<p STYLE=\"background:url(x.gif)\">",
    "<p data-style=\"url(inte.png)\">",
    "<p lifestyle=\"url(inte-heller.png)\">",
    "<td>Se url(i text.png) och style=\"url(text.png)\" i en cell</td>",
    "<p>İstanbul ÅÄÖ åäö 😀 stİle</p>",
    "<div class=\"x\" style='url(enkelfnutt.png)'>",
    "<imgx src=\"inte.png\"/>",
    "<img\nsrc=\"rad.png\"/>",
    " style=\"",
    "\"",
    "<",
    ">",
    "url(",
    "\n",
    " ",
  };

  @Test
  void findsWhatTheCaseInsensitivePatternsFoundInTheSameOrder() {
    Random random = new Random(20261206);
    List<String> failures = new ArrayList<>();
    int found = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder document = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int i = 0; i < pieces; i++) {
        document.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = document.toString();
      List<String> expected = reference(text);
      List<String> actual =
          TemplateImages.notEmbedded(text).stream().map(TemplateImagesScanTest::target).toList();
      found += expected.size();
      if (!actual.equals(expected)) {
        failures.add(text + " → " + actual + " instead of " + expected);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(found).as("the documents name images at all").isGreaterThan(3000);
  }

  @Test
  void lowerCasesOnlyAsciiLettersAndKeepsTheLength() {
    String text = "ABC Åäö İ ẞ 😀 Z";
    String lower = TemplateImages.asciiLowerCase(text);
    assertThat(lower).isEqualTo("abc Åäö İ ẞ 😀 z");
    assertThat(lower).hasSameSizeAs(text);
  }

  /** The image's name from its warning: the text between the first pair of quotation marks. */
  private static String target(String warning) {
    int start = warning.indexOf('"') + 1;
    return warning.substring(start, warning.indexOf('"', start));
  }
}

package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG drawer is loaded exactly when "svg" occurs in any mix of ASCII case. */
class MaySaySvgTest {

  @Test
  void findsSvgInAnyCaseAnywhere() {
    for (String text :
        new String[] {"svg", "<SVG>", "x<sVg", "data:image/svg+xml;base64,", "abcSvG", "sSvGg"}) {
      assertThat(PdfWriter.maySaySvg(text)).as(text).isTrue();
    }
  }

  @Test
  void noFalseFindWithoutTheThreeLetters() {
    for (String text : new String[] {"", "s", "sv", "vg", "v", "s v g", "ſvg", "svġ", "VG", "sV"}) {
      assertThat(PdfWriter.maySaySvg(text)).as(text).isFalse();
    }
  }

  @Test
  void agreesWithTheCaseInsensitivePatternOnEveryShortMix() {
    Pattern svg = Pattern.compile("svg", Pattern.CASE_INSENSITIVE);
    char[] letters = {'s', 'S', 'v', 'V', 'g', 'G', 'x', 'ſ'};
    int length = 5;
    int total = (int) Math.pow(letters.length, length);
    for (int n = 0; n < total; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0, rest = n; k < length; k++, rest /= letters.length) {
        text.append(letters[rest % letters.length]);
      }
      String s = text.toString();
      assertThat(PdfWriter.maySaySvg(s)).as(s).isEqualTo(svg.matcher(s).find());
    }
  }
}

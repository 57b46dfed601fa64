package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line breaks are exactly openhtmltopdf's default breaker's, with and without addresses. */
class LineBreaksTest {

  private static final String[] WORDS = {
    "Andelen",
    "invånare",
    "som",
    "har",
    "förtroende",
    "för",
    "hälso-",
    "och",
    "sjukvården,",
    "ska",
    "öka.",
    "85",
    "%",
    "2026-04-30",
    "https://www.region.se/uppfoljning/t1",
    "www.region.se/a/b",
    "1/3",
    "K/M",
    "20/22",
    "–",
    "−1,5",
    "(se",
    "bilaga)",
    "och/eller",
    "://",
    "//",
    "/",
    "a/",
    "/b",
    "ny-\nrad",
    "\t",
    "  ",
    "mnkr;",
    "!?",
    "",
    "ÅÄÖ",
    "😀",
    "الصحة",
  };

  @Test
  void breaksWhereTheDefaultBreakerBreaks() {
    Random random = new Random(4711);
    LineBreaks breaks = new LineBreaks();
    FSTextBreaker reference =
        new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    int withSlash = 0;
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(12);
      for (int i = 0; i < words; i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]);
        text.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String s = text.toString();
      withSlash += s.indexOf('/') >= 0 ? 1 : 0;
      assertThat(positions(breaks, s)).as(s).isEqualTo(positions(reference, s));
    }
    assertThat(withSlash)
        .as("texts with a slash go through the address-aware path")
        .isGreaterThan(500);
  }

  @Test
  void oneBreakerServesTextAfterTextWhetherItHasASlashOrNot() {
    LineBreaks breaks = new LineBreaks();
    FSTextBreaker reference =
        new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    for (String s :
        List.of("se https://a.se/b/c nu", "utan snedstreck här", "a/b", "", "sista ordet")) {
      assertThat(positions(breaks, s)).as(s).isEqualTo(positions(reference, s));
    }
  }

  private static List<Integer> positions(FSTextBreaker breaker, String text) {
    breaker.setText(text);
    List<Integer> positions = new ArrayList<>();
    for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
      positions.add(at);
      if (positions.size() > text.length() + 2) {
        break; // never ends: the comparison shows it
      }
    }
    return positions;
  }
}

package se.tertial.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tertial.testing.Concurrently;

/** Soft hyphens from the Swedish patterns, only in running text. */
class SwedishHyphenationTest {
  private static final SwedishHyphenation SV = SwedishHyphenation.swedish();
  private static final String SHY = "\u00AD";

  @Test
  void swedishCompoundsGetSoftHyphensAtSyllableBreaks() {
    String word = SV.word("uppföljningsperiod");

    assertThat(word.replace(SHY, "")).isEqualTo("uppföljningsperiod");
    assertThat(word).contains(SHY);
    // Never a break leaving a single letter on either side.
    assertThat(word).doesNotStartWith("u" + SHY).doesNotEndWith(SHY + "d");
    assertThat(SV.word("Måluppfyllelse")).contains(SHY).startsWith("Mål");
  }

  @Test
  void numbersCodesUrlsAndAbbreviationsAreLeftAlone() {
    String text =
        "Kostnaderna 12345678 mnkr, se https://www.regionexempel.se/uppfoljning och"
            + " KVALITETSREGISTRET M01-styrmått patient@regionexempel.se";

    String hyphenated = SV.text(text);

    assertThat(hyphenated)
        .contains(
            "12345678",
            "https://www.regionexempel.se/uppfoljning",
            "KVALITETSREGISTRET",
            "M01-styrmått",
            "patient@regionexempel.se");
    assertThat(hyphenated.replace(SHY, "")).isEqualTo(text);
    assertThat(hyphenated).contains("Kost" + SHY); // the running word around them is hyphenated
  }

  @Test
  void onlyRunningTextInTheBodyIsHyphenatedAndMarkupIsKept() {
    String xhtml =
        "<html><head><title>Sammanfattningen</title><style>.sammanfattning{}</style></head>"
            + "<body><h1>Verksamhetsberättelse</h1><p class=\"x\">Verksamhetsberättelse &amp;"
            + " vårdgarantin</p><a href=\"#a\" title=\"t\">Verksamhetsberättelse</a>"
            + "<table><tr><th>Verksamhetsberättelse</th><td class=\"num\">Verksamhetsberättelse</td>"
            + "<td>Verksamhetsberättelse<br />tillgängligheten</td></tr></table></body></html>";

    String out = SV.xhtml(xhtml);

    assertThat(out.replace(SHY, "")).isEqualTo(xhtml);
    assertThat(out)
        .contains(
            "<title>Sammanfattningen</title>",
            ".sammanfattning{}",
            "<h1>Verksamhetsberättelse</h1>",
            "title=\"t\">Verksamhetsberättelse</a>",
            "<th>Verksamhetsberättelse</th>",
            "<td class=\"num\">Verksamhetsberättelse</td>",
            "&amp;");
    assertThat(out).containsPattern("<p class=\"x\">Verk\u00AD?sam[^<]*\u00AD[^<]*&amp; vård");
    assertThat(out).containsPattern("<td>[^<]*\u00AD[^<]*<br />[^<]*\u00AD[^<]*</td>");
  }

  @Test
  void manyThreadsAtOnceGetTheSameBreaksAsOne() throws Exception {
    // No lock around the shared pattern tree: batch workers hyphenate in parallel.
    List<String> words =
        List.of(
            "uppföljningsperiod",
            "Måluppfyllelse",
            "tillgänglighetsarbete",
            "verksamhetsplanering",
            "patientsäkerhetsberättelse",
            "screeningverksamhet",
            "vårdgarantiuppföljning",
            "kompetensförsörjning");
    List<String> alone = words.stream().map(SV::word).toList();
    assertThat(Concurrently.results(words, SV::word, alone, 8, 4, 500))
        .allSatisfy(result -> assertThat(result).isEqualTo(alone));
  }

  @Test
  void aRunRemembersWordsAndGivesTheSameBreaksFromManyThreads() throws Exception {
    List<String> words =
        List.of(
            "uppföljningsperiod",
            "Måluppfyllelse",
            "tillgänglighetsarbete",
            "verksamhetsplanering",
            "vård",
            "kompetensförsörjning");
    List<String> alone = words.stream().map(SV::word).toList();
    SwedishHyphenation.Run run = SV.run();
    assertThat(Concurrently.results(words, run::word, alone, 8, 4, 200))
        .allSatisfy(result -> assertThat(result).isEqualTo(alone));
    String xhtml =
        "<html><body><p>Verksamhetsberättelse om tillgänglighetsarbete</p>"
            + "<h1>Verksamhetsberättelse</h1><p>verksamhetsplanering 2024</p></body></html>";
    assertThat(run.xhtml(xhtml)).isEqualTo(SV.xhtml(xhtml));
  }

  @Test
  void preloadingTwiceLeavesTheSameSharedPatterns() {
    SwedishHyphenation.preload();
    SwedishHyphenation.preload();
    assertThat(SwedishHyphenation.swedish()).isSameAs(SV);
  }
}

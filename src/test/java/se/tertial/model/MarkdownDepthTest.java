package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownDepthTest {
  @Test
  void realTextsNestAFewLevels() {
    assertThat(MarkdownDepth.of("Ett **fett** och *kursivt* ord, [länk](https://x.se)."))
        .isEqualTo(2);
    assertThat(MarkdownDepth.of("**Mål: *[se bilaga](https://x.se)***")).isEqualTo(4);
    assertThat(MarkdownDepth.of("- punkt\n* punkt\n5*3*2 = 30, fil_namn_med_understreck"))
        .isEqualTo(1);
  }

  @Test
  void everyOpeningDelimiterCountsUntilItCloses() {
    assertThat(MarkdownDepth.of("*".repeat(500) + "x" + "*".repeat(500))).isEqualTo(500);
    assertThat(MarkdownDepth.of("*[".repeat(300) + "x" + "](u)*".repeat(300))).isEqualTo(600);
  }

  @Test
  void aBlankLineStartsANewParagraphAtZero() {
    String paragraph = "*[".repeat(60) + "x\n\n";
    assertThat(MarkdownDepth.of(paragraph.repeat(5))).isEqualTo(120);
  }

  @Test
  void escapedDelimitersAreText() {
    assertThat(MarkdownDepth.of("\\*".repeat(1000))).isZero();
  }

  @Test
  void quoteAndListMarkersAtALineStartAddTheirNesting() {
    assertThat(MarkdownDepth.of("> - 1. text\n> rad två")).isEqualTo(3);
    assertThat(MarkdownDepth.of("> ".repeat(2000) + "x")).isEqualTo(2000);
    assertThat(MarkdownDepth.of("text - inte en lista > inte ett citat")).isZero();
  }
}

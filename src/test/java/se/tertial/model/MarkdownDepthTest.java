package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownDepthTest {
  @Test
  void realTextsNestAFewLevels() {
    assertThat(MarkdownDepth.of("Ett **fett** och *kursivt* ord, [länk](https://x.se)."))
        .isEqualTo(2);
    assertThat(MarkdownDepth.of("**Mål: *[se bilaga](https://x.se)***")).isEqualTo(4);
    assertThat(MarkdownDepth.of("- punkt\n* punkt\n5*3*2 = 30, fil_namn_med_understreck")).isZero();
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
}

package se.tertial.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the embedded fonts print, and what would become {@code #}. */
class FontCoverageTest {
  private final FontCoverage coverage = FontCoverage.embedded();

  @Test
  void latinExtendedGreekCyrillicArabicHebrewAndEmojiPrint() {
    assertThat(coverage.missing("Åäö ŁódźĘ Ŋŧđčž Ελληνικά Русский العربية עברית 😀👍🚀❤️ 𝐀 ≤ →"))
        .isEmpty();
  }

  @Test
  void chineseThaiAndDevanagariDoNot() {
    assertThat(coverage.missing("中文 ไทย ह"))
        .containsExactly(0x4E2D, 0x6587, 0x0E44, 0x0E17, 0x0E22, 0x0939);
  }

  @Test
  void invisibleCharactersAreNeverReported() {
    assertThat(coverage.missing("a\u00AD\u200B\u200D\u200E\u2060\uFE0F\u00A0\u202F\t\nb"))
        .isEmpty();
  }
}

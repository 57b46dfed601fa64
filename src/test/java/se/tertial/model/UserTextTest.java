package se.tertial.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTest {
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "2007", "202F", "2009", "3000", "200B", "2060", "FEFF", "0009"})
  void everyInvisibleSpaceIsTrimmedLikeAnAsciiSpace(String hex) {
    String space = new String(Character.toChars(Integer.parseInt(hex, 16)));

    assertThat(UserText.trim(space + "M06" + space + " ")).isEqualTo("M06");
  }

  @Test
  void innerSpacesAreKeptAndCollapsedOnlyOnRequest() {
    assertThat(UserText.trim("\u00a0Pågår enligt\u00a0plan\u00a0"))
        .isEqualTo("Pågår enligt\u00a0plan");
    assertThat(UserText.collapseSpaces(" Pågår\u00a0 enligt\u202fplan "))
        .isEqualTo("Pågår enligt plan");
  }

  @Test
  void decomposedLettersBecomeComposed() {
    assertThat(UserText.normalise(" 2022-A\u030aR\u00a0")).isEqualTo("2022-\u00c5R");
  }

  @Test
  void periodsParseFromDecomposedUnicodeAndInvisibleSpaces() {
    assertThat(Period.parse("2022-A\u030aR")).isEqualTo(Period.parse("2022-ÅR"));
    assertThat(Period.parse("\u202f2022-T1\u200b")).isEqualTo(Period.parse("2022-T1"));
    assertThat(Polarity.parse("La\u0308gre a\u0308r ba\u0308ttre\u00a0"))
        .isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void kindNamesMatchThroughInvisibleSpacesAndDecomposedLetters() {
    assertThat(KindKey.of("\u00a0Ma\u030anadsuppfo\u0308ljning\u200b"))
        .isEqualTo(KindKey.of("månadsuppföljning"));
  }
}

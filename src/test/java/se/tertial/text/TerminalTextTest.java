package se.tertial.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlSequencesBecomeVisibleEscapes() {
    assertThat(TerminalText.escape("a\u001b[8mb\u0007c\u009bd\u007f"))
        .isEqualTo("a\\u001B[8mb\\u0007c\\u009Bd\\u007F");
    assertThat(TerminalText.escape("rätt \u202Eomvänd\u2066"))
        .isEqualTo("rätt \\u202Eomvänd\\u2066");
  }

  @Test
  void ordinaryTextTabsNewlinesEmojiAndArabicAreKept() {
    String text = "Mål ≥ 90 %\tنص عربي 😀\r\nrad två\n";
    assertThat(TerminalText.escape(text)).isEqualTo(text);
    assertThat(TerminalText.escape("bar\rskriver över")).isEqualTo("bar\\u000Dskriver över");
    assertThat(TerminalText.escape("ensam \ud800 surrogat")).isEqualTo("ensam \\uD800 surrogat");
  }

  @Test
  void escapedJsonIsStillTheSameJson() throws Exception {
    String json =
        new ObjectMapper().writeValueAsString(java.util.Map.of("namn", "a\u009bb\u202Ec"));
    String escaped = TerminalText.escape(json);
    assertThat(escaped).doesNotContain("\u009b", "\u202E");
    assertThat(new ObjectMapper().readTree(escaped).get("namn").asText())
        .isEqualTo("a\u009bb\u202Ec");
  }

  @Test
  void theWriterEscapesPrintPrintlnAndPrintfButNotRawText() {
    StringWriter target = new StringWriter();
    TerminalWriter out = new TerminalWriter(target);
    out.print("x\u001b[2J");
    out.printf("%s%n", "y\u001b[8m");
    TerminalText.printRaw(out, "\u001b[32mgrön\u001b[0m");
    out.flush();
    assertThat(target.toString())
        .isEqualTo("x\\u001B[2Jy\\u001B[8m" + System.lineSeparator() + "\u001b[32mgrön\u001b[0m");
  }
}

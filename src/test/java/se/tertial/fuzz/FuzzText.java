package se.tertial.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Seeded random text for fuzzing: pieces of real input glued with separators, digits, look-alike
 * and exotic characters (U+2212, nbsp, RTL marks, surrogate pairs, control characters), so that
 * generated strings reach deep into the parsers instead of failing on the first character.
 */
final class FuzzText {
  /** How many times more inputs {@code -Pfuzz} generates (the property is set by the pom). */
  static final int FACTOR = Integer.getInteger("tertial.fuzz.factor", 1);

  /** Fixed unless given, so a failure can be replayed with {@code -Dtertial.fuzz.seed=…}. */
  static final long SEED = Long.getLong("tertial.fuzz.seed", 20220531L);

  private static final List<String> PIECES =
      List.of(
          "2022",
          "2021",
          "-",
          "T1",
          "T2",
          "T3",
          "ÅR",
          "år",
          "DÅ04",
          "Delår",
          "april",
          "Bokslut",
          "Q1",
          "Q4",
          "04",
          "13",
          "00",
          "..",
          ".",
          " ",
          "  ",
          "\u00a0",
          "\u2212",
          "%",
          " %",
          "procent",
          "mnkr",
          "tkr",
          "kr",
          "st",
          ",",
          ";",
          "41",
          "8,4",
          "0,41",
          "1 234,5",
          "99999999999999999999",
          "1e9",
          "E",
          "e-5",
          "NaN",
          "Infinity",
          "+",
          "Pågår",
          "enligt",
          "plan",
          "Ej påbörjad",
          "Ej fåbörjats",
          "Klar",
          "Genomförd",
          "Avbruten",
          "Försenad",
          "Uppfyllt",
          "Delvis",
          "Ej uppfyllt",
          "Högre är bättre",
          "Lägre är bättre",
          "Öka",
          "Minska",
          "\"",
          "\"\"",
          "\n",
          "\r\n",
          "\r",
          "\t",
          "\ufeff",
          "\u200f",
          "\u202e",
          "😀",
          "\ud83d",
          "\u0000",
          "<script>",
          "${x}",
          "<#if>",
          "ca",
          "l",
          "O",
          "٤١",
          "١٢",
          // Invisible spaces and decomposed letters (trimmed and normalised like ASCII spaces).
          "\u2007",
          "\u202f",
          "\u3000",
          "\u200b",
          "A\u030a",
          "a\u0308",
          // Inline markdown that nests (emphasis, links, strike-through).
          "**",
          "*[",
          "](https://x.se)",
          "_",
          "~~",
          "[",
          "]",
          "\\*");

  private final Random random;

  FuzzText(long salt) {
    this.random = new Random(SEED ^ salt);
  }

  /** A string of up to {@code maxPieces} pieces, random code units or both. */
  String next(int maxPieces) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        text.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
      } else {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
    }
    return text.toString();
  }

  byte[] bytes(int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}

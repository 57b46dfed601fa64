package se.tertial.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A definition of the measure by time: "80 % <em>inom 14 dagar</em>": the number after "inom" is
 * what is measured (the share handled within that time), never the target.
 */
final class TimeDefinition {
  private TimeDefinition() {}

  /**
   * Units of time a measure can be defined by: "inom 14 dagar", "inom 3 minuter". Not years: "Minst
   * 80 % inom tre år" is as likely a deadline three years on as a definition, and judged as a plain
   * level it would fail the years before; it is refused.
   */
  private static final Pattern TIME_UNIT =
      Pattern.compile(
          "dagar|dag|dygn|veckor|vecka|manader|manad|timmar|timme|tim|h|minuter|minut|min"
              + "|sekunder|sek|arbetsdagar|vardagar|kalenderdagar");

  /**
   * "80 % inom 14 dagar", "Minst 90 % av samtalen besvarade inom 3 minuter": a second number with a
   * unit of time after "inom" (or "på", "efter", "senast … efter") defines what is measured — the
   * share handled within that time — and is left to the measure; the first number is judged.
   * Returns the index after the phrase, or {@code i} when there is none. A limit word inside ("inom
   * högst 14 dagar") is part of the definition too, never of the target.
   */
  static int within(List<Token> tokens, int i) {
    int n = tokens.size();
    if (i >= n || !tokens.get(i).key().matches("inom|pa|efter")) {
      return i;
    }
    int j = i + 1;
    if (j < n && tokens.get(j).key().matches("hogst|max|maximalt")) {
      j++;
    }
    if (j + 1 < n
        && (tokens.get(j).is(Token.Type.NUMBER) && !tokens.get(j).isYear()
            || Quantity.isNumberWord(tokens.get(j)))
        && TIME_UNIT.matcher(tokens.get(j + 1).key()).matches()) {
      return j + 2;
    }
    return i;
  }

  /** Whether a definition by time ({@link #within}) follows anywhere from {@code from}. */
  static boolean hasWithin(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (within(tokens, i) > i) {
        return true;
      }
    }
    return false;
  }
}

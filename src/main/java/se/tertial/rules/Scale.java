package se.tertial.rules;

import java.math.BigDecimal;

/**
 * A value on a rating scale: "Minst 4 på en 5-gradig skala", "3,5 på en skala 1–5", "4 på skalan 1
 * till 5". The scale only says what the number is measured on; the value is judged (a higher rating
 * is better unless Riktning or a limit word says otherwise). A value beyond the scale's top is no
 * reading.
 */
final class Scale {
  private Scale() {}

  /** Reads a scale after {@code value}; true when one was read (and the value fits on it). */
  static boolean after(Cursor c, Quantity value) {
    int m = c.mark();
    if (!c.accept("(pa|av) (en|ett)?")) {
      return false;
    }
    BigDecimal top = null;
    Token n = c.peek();
    if (n != null && n.is(Token.Type.NUMBER) && !n.has(Token.SIGNED)) {
      c.next();
      c.symbol("-");
      if (c.accept("(gradig|gradiga|gradiga|gradigt|poangs|poangig|poangiga) (skala|skalan)")) {
        top = n.number();
      }
    } else if (c.accept("(skala|skalan|skalor) (fran|mellan)?")) {
      Token low = c.take(Token.Type.NUMBER);
      boolean joined = low != null && (c.symbol("-") || c.accept("(till|och)"));
      Token high = joined ? c.take(Token.Type.NUMBER) : null;
      if (low == null && high == null) {
        top = value.value(); // "4 på en skala": no top written
      } else if (high != null && high.number().compareTo(low.number()) > 0) {
        top = high.number();
      }
    }
    if (top == null || value.value().compareTo(top) > 0 || !value.unit().isEmpty()) {
      c.reset(m);
      return false;
    }
    return true;
  }
}

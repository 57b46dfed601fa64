package se.tertial.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One token of a target text (a word, a number, a symbol, a date or a period), with the text as
 * written and a folded key for matching.
 *
 * @param type what kind of token
 * @param raw the text exactly as written, for quoting in reasons
 * @param key lower case, accents removed ("Öka" → "oka"), used to match the grammar's words
 * @param number the value of a NUMBER, the year of a DATE or PERIOD, else null
 * @param month the month of a DATE or the end month of a PERIOD/TERTIAL token, else 0
 * @param flags NUMBER details: {@link #GROUPED}, {@link #DECIMALS}, {@link #SIGNED}, {@link
 *     #DOTTED}; on a WORD, {@link #PAUSE}
 */
record Token(Type type, String raw, String key, BigDecimal number, int month, int flags) {

  /** Thousands were grouped by spaces ("2 019"). */
  static final int GROUPED = 1;

  /** Written with decimals ("16,0"). */
  static final int DECIMALS = 2;

  /** Written with a sign ("−2,5"). */
  static final int SIGNED = 4;

  /** "1.500": a point before exactly three digits, either thousands or decimals. */
  static final int DOTTED = 8;

  /**
   * A WORD followed by a pause (comma, colon, semicolon, full stop, a bracket): "Öka, minst 70 %"
   * is a direction and then a level, never "öka med minst 70 %". Set on words only, so that a
   * number's flags still say whether it can be a year.
   */
  static final int PAUSE = 16;

  /** Token kinds. */
  enum Type {
    WORD,
    NUMBER,
    SYMBOL,
    /** An ISO date, 2025-06-30. */
    DATE,
    /** A period with a year, 2019-T1, 2025-ÅR, 2025-06. */
    PERIOD,
    /** A tertial without a year: T1, T2, T3. */
    TERTIAL
  }

  Token {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(key, "key");
  }

  boolean is(Type t) {
    return type == t;
  }

  boolean isWord(String k) {
    return type == Type.WORD && key.equals(k);
  }

  boolean isSymbol(String s) {
    return type == Type.SYMBOL && key.equals(s);
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** The same token with {@code flag} set. */
  Token with(int flag) {
    return new Token(type, raw, key, number, month, flags | flag);
  }

  /**
   * A plain four-digit number 1990–2100 without grouping, decimals or sign: could be a year. Such a
   * number is never read as a value unless a unit follows.
   */
  boolean looksLikeYear() {
    return type == Type.NUMBER
        && flags == 0
        && raw.length() == 4
        && number.intValue() >= 1990
        && number.intValue() <= 2100;
  }

  /** A plain four-digit number 1900–2100: acceptable as a base or deadline year. */
  boolean isYear() {
    return type == Type.NUMBER
        && flags == 0
        && raw.length() == 4
        && number.intValue() >= 1900
        && number.intValue() <= 2100;
  }
}

package se.tertial.model;

import java.math.BigDecimal;

/**
 * Writes numbers the Swedish way for explanations, tables and the PDF: decimal comma, a no-break
 * space as thousands separator and before the unit, and a true minus sign (U+2212). The number
 * keeps the scale it was written with (8,4 stays 8,4; 41 stays 41): the report shows what the
 * analyst typed, never a rounded value. Pure and thread-safe.
 */
public final class SwedishFormat {

  /** The no-break space placed between groups of thousands and before a unit. */
  public static final char NO_BREAK_SPACE = '\u00a0';

  /** The typographic minus sign. */
  public static final char MINUS = '\u2212';

  private SwedishFormat() {}

  /** {@code 8.4} → "8,4"; {@code -17.7} → "−17,7"; {@code 1234} → "1 234" (no-break space). */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder text = new StringBuilder();
    if (value.signum() < 0) {
      text.append(MINUS);
    }
    text.append(group(integer));
    if (!fraction.isEmpty()) {
      text.append(',').append(fraction);
    }
    return text.toString();
  }

  /**
   * A number with its unit: "41 %", "−17,7 mnkr", "1 234 st" (no-break spaces); the number alone
   * when the unit is empty or null.
   */
  public static String withUnit(BigDecimal value, String unit) {
    String number = number(value);
    String printed = printedUnit(unit);
    if (printed.isEmpty() || number.isEmpty()) {
      return number;
    }
    return number + NO_BREAK_SPACE + printed;
  }

  /**
   * The unit as printed after a number: "%", "mnkr", "st"; nothing for a bare count ("antal"),
   * which reads oddly after a number ("29 antal").
   */
  public static String printedUnit(String unit) {
    String u = unit == null ? "" : unit.strip();
    return switch (u.toLowerCase(Messages.SWEDISH)) {
      case "", "antal" -> "";
      case "procent" -> "%";
      case "msek" -> "mnkr";
      default -> u;
    };
  }

  private static String group(String digits) {
    if (digits.length() <= 3) {
      return digits;
    }
    StringBuilder grouped = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      grouped.append(NO_BREAK_SPACE).append(digits, i, i + 3);
    }
    return grouped.toString();
  }
}

package se.tertial.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Swedish typography for numbers and dates in the rendered document: decimal comma, U+2212 minus,
 * no-break space as thousands separator and before the unit ("8,4 %", "−17,7 mnkr"), ISO dates.
 *
 * <p>TODO: unify with {@code se.tertial.model.SwedishFormat} once it lands on main; this small copy
 * exists so the renderer does not wait for it.
 */
public final class DisplayFormat {

  /** No-break space: between number and unit, and between thousands groups. */
  public static final char NBSP = '\u00a0';

  /** The true minus sign used in typeset output. */
  public static final char MINUS = '\u2212';

  private DisplayFormat() {}

  /**
   * A number with its unit, keeping the scale it was written with (8,4 stays 8,4; 41 stays 41).
   * Units that are only a counting word ("antal", empty) are not printed.
   */
  public static String number(BigDecimal value, String unit) {
    String digits = number(value);
    String printed = printedUnit(unit);
    return printed.isEmpty() ? digits : digits + NBSP + printed;
  }

  /** A number without unit: "1 234,5", "−17,7". */
  public static String number(BigDecimal value) {
    BigDecimal plain = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    String text = plain.abs().toPlainString();
    int dot = text.indexOf('.');
    String integer = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
    String sign = plain.signum() < 0 ? String.valueOf(MINUS) : "";
    return sign + group(integer) + fraction;
  }

  /** ISO date (2022-05-31), or empty when unknown. */
  public static String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** The unit as printed after a number: "%", "mnkr", "st"; empty for counts without unit. */
  static String printedUnit(String unit) {
    String u = unit == null ? "" : unit.strip();
    return switch (u.toLowerCase(Locale.ROOT)) {
      case "", "antal" -> "";
      case "procent" -> "%";
      case "msek" -> "mnkr";
      default -> u;
    };
  }

  /** Groups digits by three from the right, separated by no-break spaces (4 digits and more). */
  private static String group(String integer) {
    if (integer.length() < 4) {
      return integer;
    }
    StringBuilder out = new StringBuilder();
    int first = integer.length() % 3;
    if (first > 0) {
      out.append(integer, 0, first);
    }
    for (int i = first; i < integer.length(); i += 3) {
      if (out.length() > 0) {
        out.append(NBSP);
      }
      out.append(integer, i, i + 3);
    }
    return out.toString();
  }
}

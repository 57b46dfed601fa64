package se.tertial.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import se.tertial.model.SwedishFormat;

/**
 * Swedish typography for numbers and dates in the rendered document: decimal comma, U+2212 minus,
 * no-break space as thousands separator and before the unit ("8,4 %", "−17,7 mnkr"), ISO dates.
 *
 * <p>The digits come from {@link SwedishFormat}, shared with the rule engine's explanations; this
 * class adds what only the document needs: which units are printed, and dates.
 */
public final class DisplayFormat {

  private static final Pattern NUMBER_SPACE_PERCENT = Pattern.compile("(\\d)[ \\t]+%");

  private DisplayFormat() {}

  /**
   * A number with its unit, keeping the scale it was written with (8,4 stays 8,4; 41 stays 41).
   * Units that are only a counting word ("antal", empty) are not printed.
   */
  public static String number(BigDecimal value, String unit) {
    return SwedishFormat.withUnit(value, unit);
  }

  /** A number without unit: "1 234,5", "−17,7". */
  public static String number(BigDecimal value) {
    return SwedishFormat.number(value);
  }

  /**
   * A text as written with a no-break space between a number and its per cent sign ("Minst 80 %"
   * never breaks before the %), as Swedish typesetting has it; nothing else changes.
   */
  public static String percentKeptWithNumber(String text) {
    return NUMBER_SPACE_PERCENT.matcher(text).replaceAll("$1\u00a0%");
  }

  /** ISO date (2022-05-31), or empty when unknown. */
  public static String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }
}

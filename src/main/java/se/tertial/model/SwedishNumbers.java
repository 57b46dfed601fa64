package se.tertial.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers as Swedish analysts type them: decimal comma or point, spaces, no-break or thin
 * spaces as thousands separators, hyphen or true minus (U+2212), an optional unit after the number
 * ("%", "procent", "mnkr", "tkr", "kr", "st").
 */
public final class SwedishNumbers {

  /** A number with optional sign and decimals, thousands grouped by spaces of any kind. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d{1,3}( \\d{3})+|\\d+)([.,]\\d+)?|[+-]?[.,]\\d+");

  private static final Pattern UNIT =
      Pattern.compile(
          "(?iu)\\s*(%|procent|mnkr|msek|tkr|kr|sek|st|stycken|dagar|dygn|timmar|antal|pers|personer)\\.?$");

  private SwedishNumbers() {}

  /** A parsed number and the unit written after it ("%", "mnkr"…, or empty). */
  public record Parsed(BigDecimal value, String unit) {
    public boolean isPercent() {
      return unit.equals("%");
    }
  }

  /**
   * Parses a number with an optional unit.
   *
   * @throws InvalidValueException when the text is not one number (e.g. "4l%", "ca 40", "41,2,3")
   */
  public static Parsed parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("värdet saknas");
    }
    // No-break and thin spaces first, then strip: "41\u00a0" (copied from a web page) is 41.
    String normal =
        text.replace('\u2212', '-')
            .replace('\u2013', '-')
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ')
            .replace('\u2009', ' ')
            .strip();
    normal = UserText.trim(normal);
    String unit = "";
    var unitMatch = UNIT.matcher(normal);
    if (unitMatch.find()) {
      unit = canonicalUnit(unitMatch.group(1));
      normal = normal.substring(0, unitMatch.start()).strip();
    }
    normal = normal.replaceAll("(?<=[\\d+-]) +(?=\\d)", " ").replaceAll("^([+-]) +", "$1");
    if (normal.length() > 60 || !NUMBER.matcher(normal).matches()) {
      throw new InvalidValueException("\"" + abbreviate(text) + "\" är inget tal");
    }
    String plain = normal.replace(" ", "").replace(',', '.');
    if (plain.startsWith("+")) {
      plain = plain.substring(1);
    }
    if (plain.startsWith(".") || plain.startsWith("-.")) {
      plain = plain.replace(".", "0.");
    }
    return new Parsed(new BigDecimal(plain), unit);
  }

  /** Whether {@code text} reads as one number (with an optional unit). */
  public static boolean isNumber(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static String canonicalUnit(String written) {
    String lower = written.toLowerCase(Messages.SWEDISH);
    return switch (lower) {
      case "%", "procent" -> "%";
      case "msek" -> "mnkr";
      case "sek" -> "kr";
      case "stycken" -> "st";
      default -> lower;
    };
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
  }
}

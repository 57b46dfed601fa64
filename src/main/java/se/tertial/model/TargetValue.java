package se.tertial.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Målvärde: the number a styrmått is judged against when its Mål text cannot be read, as an analyst
 * types it in the optional {@code Målvärde} column — one value ({@code 80}, {@code 80 %}, {@code 14
 * dagar}, {@code −1,5 mnkr}) or one per sex ({@code K 16,0 M 17,2}). Which side of the value is
 * better comes from {@code Riktning}; the year it applies to from {@code Målår}.
 *
 * @param text the cell as written
 * @param value the one value, or null when the target is per sex
 * @param women the target for kvinnor, or null
 * @param men the target for män, or null
 * @param unit the unit written after the number(s) ("%", "mnkr", "dagar"…), or empty
 */
public record TargetValue(
    String text, BigDecimal value, BigDecimal women, BigDecimal men, String unit) {

  /** "K 16,0 M 17,2", "K: 16 % / M: 17,2 %", "Kvinnor 16, män 17". */
  private static final Pattern PER_SEX =
      Pattern.compile(
          "(?iu)^(?:kvinnor|k)\\s*:?\\s*([-+−–\\d.,].*?)\\s*[,;/]?\\s*(?:män|man|m)\\s*:?\\s*([-+−–\\d.,].*)$");

  public TargetValue {
    Objects.requireNonNull(text, "text");
    unit = Objects.requireNonNullElse(unit, "");
    if ((value == null) == (women == null || men == null)) {
      throw new IllegalArgumentException("one value or one per sex: " + text);
    }
  }

  /** Whether the target is given per sex (kvinnor and män). */
  public boolean perSex() {
    return value == null;
  }

  /** A numeric cell: its value in the units shown, {@code %} when the cell is percent-formatted. */
  public static TargetValue ofNumber(String shown, BigDecimal number, boolean percent) {
    return new TargetValue(shown, number, null, null, percent ? "%" : "");
  }

  /**
   * Parses a Målvärde cell's text.
   *
   * @throws InvalidValueException when the text is neither one number (with an optional unit) nor
   *     one per sex ("K 16,0 M 17,2")
   */
  public static TargetValue parse(String text) {
    String written = UserText.trim(Objects.requireNonNullElse(text, ""));
    Matcher sexes = PER_SEX.matcher(written);
    if (!sexes.matches()) {
      SwedishNumbers.Parsed one = number(written, written);
      return new TargetValue(written, one.value(), null, null, one.unit());
    }
    SwedishNumbers.Parsed women = number(sexes.group(1), written);
    SwedishNumbers.Parsed men = number(sexes.group(2), written);
    if (!women.unit().isEmpty() && !men.unit().isEmpty() && !women.unit().equals(men.unit())) {
      throw new InvalidValueException(
          Messages.get("targetValue.units", written, women.unit(), men.unit()));
    }
    String unit = women.unit().isEmpty() ? men.unit() : women.unit();
    return new TargetValue(written, null, women.value(), men.value(), unit);
  }

  private static SwedishNumbers.Parsed number(String part, String written) {
    try {
      return SwedishNumbers.parse(part);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(Messages.get("targetValue.invalid", written));
    }
  }

  /**
   * Reads a Målår cell: a year 1990–2100 ("2026").
   *
   * @throws InvalidValueException when the text is no such year
   */
  public static int parseYear(String text) {
    String written = UserText.trim(Objects.requireNonNullElse(text, "")).replace(" ", "");
    if (written.matches("\\d{4}")) {
      int year = Integer.parseInt(written);
      if (year >= 1990 && year <= 2100) {
        return year;
      }
    }
    throw new InvalidValueException(Messages.get("targetYear.invalid", UserText.trim(text)));
  }
}

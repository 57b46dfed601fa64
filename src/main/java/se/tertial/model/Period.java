package se.tertial.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a tertial ({@code 2022-T1}, {@code 2022-T2}), the year end ({@code 2022-ÅR}),
 * a quarter ({@code 2022-Q1}) or a month ({@code 2022-04}). Periods order by the month they end in,
 * so {@code 2022-T1} (per april) comes after {@code 2022-Q1} (per mars).
 *
 * @param year the calendar year
 * @param kind month, quarter, tertial or year
 * @param number month 1–12, quarter 1–4, tertial 1–2, or 0 for the year
 */
public record Period(int year, PeriodKind kind, int number) implements Comparable<Period> {

  private static final Comparator<Period> ORDER =
      Comparator.comparingInt(Period::year)
          .thenComparingInt(Period::endMonth)
          .thenComparing(Period::kind);

  private static final String[] MONTHS = {
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december"
  };

  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(\\d{4})\\s*[-–/ ]?\\s*(T[1-3]|Q[1-4]|K[1-4]|ÅR|AR|DÅ\\d{2}|DA\\d{2}|\\d{1,2})");
  private static final Pattern LABEL_FIRST =
      Pattern.compile(
          "(T[1-3]|Q[1-4]|K[1-4]|ÅR|AR|DÅ\\s*\\d{2}|DA\\s*\\d{2}|BOKSLUT|ÅRSBOKSLUT|DELÅR\\s+\\p{L}+|DELAR\\s+\\p{L}+|\\p{L}+)\\s*[-–/ ]?\\s*(\\d{4})");

  public Period {
    if (year < 1900 || year > 2200) {
      throw new InvalidValueException("årtalet " + year + " är orimligt");
    }
    boolean valid =
        switch (kind) {
          case MONTH -> number >= 1 && number <= 12;
          case QUARTER -> number >= 1 && number <= 4;
          case TERTIAL -> number >= 1 && number <= 2;
          case YEAR -> number == 0;
        };
    if (!valid) {
      throw new InvalidValueException("perioden " + kind + " " + number + " finns inte");
    }
  }

  public static Period tertial(int year, int number) {
    return number == 3 ? yearEnd(year) : new Period(year, PeriodKind.TERTIAL, number);
  }

  public static Period yearEnd(int year) {
    return new Period(year, PeriodKind.YEAR, 0);
  }

  public static Period month(int year, int month) {
    return new Period(year, PeriodKind.MONTH, month);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(year, PeriodKind.QUARTER, quarter);
  }

  /**
   * Reads a period as analysts write it: {@code 2022-T1}, {@code T1 2022}, {@code DÅ04 2022},
   * {@code Delår april 2022}, {@code 2022-ÅR}, {@code Bokslut 2022}, {@code 2022-04}, {@code
   * 2022-Q1}. Case and spaces do not matter.
   *
   * @throws InvalidValueException when the text is no period
   */
  public static Period parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("perioden saknas");
    }
    // NFC first: "2022-ÅR" typed on macOS arrives as A + U+030A, which no pattern here matches.
    String normal = UserText.collapseSpaces(UserText.nfc(text)).toUpperCase(Messages.SWEDISH);
    if (normal.length() > 40) {
      throw new InvalidValueException("\"" + abbreviate(text) + "\" är ingen period");
    }
    Matcher yearFirst = YEAR_FIRST.matcher(normal);
    if (yearFirst.matches()) {
      Period period = fromLabel(Integer.parseInt(yearFirst.group(1)), yearFirst.group(2));
      if (period != null) {
        return period;
      }
    }
    Matcher labelFirst = LABEL_FIRST.matcher(normal);
    if (labelFirst.matches()) {
      Period period = fromLabel(Integer.parseInt(labelFirst.group(2)), labelFirst.group(1));
      if (period != null) {
        return period;
      }
    }
    throw new InvalidValueException(
        "\""
            + abbreviate(text)
            + "\" är ingen period (skriv t.ex. 2022-T1, 2022-ÅR eller 2022-04)");
  }

  private static Period fromLabel(int year, String rawLabel) {
    String label = rawLabel.replace(" ", "");
    if (label.equals("ÅR") || label.equals("AR") || label.equals("T3")) {
      return yearEnd(year);
    }
    if (label.startsWith("BOKSLUT") || label.startsWith("ÅRSBOKSLUT")) {
      return yearEnd(year);
    }
    if (label.matches("T[12]")) {
      return tertial(year, label.charAt(1) - '0');
    }
    if (label.matches("[QK][1-4]")) {
      return quarter(year, label.charAt(1) - '0');
    }
    if (label.matches("D[ÅA]\\d{2}")) {
      return fromEndMonth(year, Integer.parseInt(label.substring(2)));
    }
    if (label.matches("\\d{1,2}")) {
      int month = Integer.parseInt(label);
      return month >= 1 && month <= 12 ? month(year, month) : null;
    }
    String monthName = label.replaceFirst("^DEL[ÅA]R", "").toLowerCase(Messages.SWEDISH);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(monthName)) {
        return label.startsWith("DEL") ? fromEndMonth(year, i + 1) : month(year, i + 1);
      }
    }
    return null;
  }

  /** Delår per april = T1, per augusti = T2, per december = ÅR; other months stay months. */
  private static Period fromEndMonth(int year, int month) {
    return switch (month) {
      case 4 -> tertial(year, 1);
      case 8 -> tertial(year, 2);
      case 12 -> yearEnd(year);
      default -> {
        if (month < 1 || month > 12) {
          yield null;
        }
        yield month(year, month);
      }
    };
  }

  /**
   * Every period from {@code start} to {@code end} inclusive, stepping the way reports are made:
   * tertials step T1, T2, ÅR; quarters and months step one at a time.
   *
   * @throws InvalidValueException when the two are of different families or end before start
   */
  public static List<Period> range(Period start, Period end) {
    boolean tertials = start.isTertialFamily() && end.isTertialFamily();
    if (!tertials && start.kind != end.kind) {
      throw new InvalidValueException(
          "perioderna " + start.code() + " och " + end.code() + " är av olika slag");
    }
    if (end.compareTo(start) < 0) {
      throw new InvalidValueException(
          "intervallet " + start.code() + ".." + end.code() + " slutar före sin början");
    }
    List<Period> periods = new ArrayList<>();
    for (Period p = start; p.compareTo(end) <= 0; p = p.next()) {
      periods.add(p);
      if (periods.size() > 1200) {
        throw new InvalidValueException(
            "intervallet " + start.code() + ".." + end.code() + " är för långt");
      }
    }
    return periods;
  }

  /**
   * Reads a period or a range {@code 2021-T1..2022-ÅR}.
   *
   * @throws InvalidValueException when either end is no period
   */
  public static List<Period> parseRange(String text) {
    int dots = text == null ? -1 : text.indexOf("..");
    if (dots < 0) {
      return List.of(parse(text));
    }
    return range(parse(text.substring(0, dots)), parse(text.substring(dots + 2)));
  }

  private boolean isTertialFamily() {
    return kind == PeriodKind.TERTIAL || kind == PeriodKind.YEAR;
  }

  /**
   * The next period of the same family: tertials step T1 → T2 → ÅR → next year's T1, quarters and
   * months one at a time.
   */
  public Period next() {
    return switch (kind) {
      case MONTH -> number == 12 ? month(year + 1, 1) : month(year, number + 1);
      case QUARTER -> number == 4 ? quarter(year + 1, 1) : quarter(year, number + 1);
      case TERTIAL -> number == 1 ? tertial(year, 2) : yearEnd(year);
      case YEAR -> tertial(year + 1, 1);
    };
  }

  /** The Swedish name of a month, 1–12: {@code januari} … {@code december}. */
  public static String monthName(int month) {
    return MONTHS[month - 1];
  }

  /** The last month (1–12) the period covers. */
  public int endMonth() {
    return switch (kind) {
      case MONTH -> number;
      case QUARTER -> number * 3;
      case TERTIAL -> number * 4;
      case YEAR -> 12;
    };
  }

  /** The same period one year earlier, the default comparison for trends. */
  public Period previousYear() {
    return new Period(year - 1, kind, number);
  }

  /** The same kind of period in another year. */
  public Period inYear(int otherYear) {
    return new Period(otherYear, kind, number);
  }

  /** The canonical code: {@code 2022-T1}, {@code 2022-ÅR}, {@code 2022-Q1}, {@code 2022-04}. */
  public String code() {
    return switch (kind) {
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, number);
      case QUARTER -> year + "-Q" + number;
      case TERTIAL -> year + "-T" + number;
      case YEAR -> year + "-ÅR";
    };
  }

  /** A short Swedish label for tables: {@code T1 2022}, {@code ÅR 2022}, {@code april 2022}. */
  public String label() {
    return switch (kind) {
      case MONTH -> MONTHS[number - 1] + " " + year;
      case QUARTER -> "Q" + number + " " + year;
      case TERTIAL -> "T" + number + " " + year;
      case YEAR -> "ÅR " + year;
    };
  }

  /**
   * As in report titles: {@code per april 2022}, {@code per augusti 2022}, {@code per december
   * 2022}.
   */
  public String perLabel() {
    return "per " + MONTHS[endMonth() - 1] + " " + year;
  }

  /** Whether the period closes the year (ÅR or December). */
  public boolean isYearEnd() {
    return kind == PeriodKind.YEAR || (kind == PeriodKind.MONTH && number == 12);
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code();
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}

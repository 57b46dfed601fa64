package se.tertial.rules;

import java.util.Locale;
import se.tertial.model.Period;

/**
 * A deadline (senast, vid årets slut): the target applies from the end of this month on.
 *
 * @param year the deadline's year, or null for the report's year ("i maj", "vid årets slut")
 * @param month the deadline's month, 1–12
 */
public record Due(Integer year, int month) {
  public Due {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
  }

  /** Whether {@code period} ends before the deadline. */
  public boolean isAfter(Period period) {
    int y = year == null ? period.year() : year;
    return period.year() < y || (period.year() == y && period.endMonth() < month);
  }

  /** The stable code: {@code 2025-06}, or {@code 06} without a year. */
  public String code() {
    String m = String.format(Locale.ROOT, "%02d", month);
    return year == null ? m : year + "-" + m;
  }

  /** Swedish: "senast december 2025", "senast vid årets slut", "senast i maj". */
  public String label() {
    if (month == 12) {
      return year == null
          ? RuleMessages.get("due.yearEnd")
          : RuleMessages.get("due.yearEndOf", String.valueOf(year));
    }
    String when = Period.monthName(month) + (year == null ? "" : " " + year);
    return RuleMessages.get("due.month", when);
  }
}

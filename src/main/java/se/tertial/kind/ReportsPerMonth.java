package se.tertial.kind;

import java.time.LocalDate;
import se.tertial.model.Period;

/**
 * A report kind that reports per month (the uppdragsåterkoppling, the månadsuppföljning): an empty
 * workbook is for the month it is made in, and {@code next-period} makes the next month's ({@link
 * ReportKindModule#nextPeriod}'s default, {@link Period#next()}).
 */
public interface ReportsPerMonth extends ReportKindModule {

  /** The month of {@code today}. */
  @Override
  default Period periodOf(LocalDate today) {
    return Period.month(today.getYear(), today.getMonthValue());
  }
}

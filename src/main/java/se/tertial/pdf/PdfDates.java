package se.tertial.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import se.tertial.files.RenderException;
import se.tertial.model.Period;

/**
 * The one instant written as the PDF's creation and modification date (info dictionary and XMP), so
 * the same input always gives the same bytes. Never the clock.
 *
 * @param instant the date to write
 */
public record PdfDates(Instant instant) {

  public PdfDates {
    Objects.requireNonNull(instant, "instant");
  }

  /**
   * {@code SOURCE_DATE_EPOCH} (seconds) when set, else the publication date at midnight UTC, else
   * the last day of the period.
   *
   * @param sourceDateEpoch the environment variable's value, or null
   */
  public static PdfDates of(String sourceDateEpoch, LocalDate publicationDate, Period period) {
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      try {
        return new PdfDates(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())));
      } catch (NumberFormatException e) {
        throw new RenderException(
            "SOURCE_DATE_EPOCH ska vara ett heltal (sekunder sedan 1970), inte \""
                + sourceDateEpoch
                + "\".");
      }
    }
    LocalDate date =
        publicationDate != null
            ? publicationDate
            : YearMonth.of(period.year(), period.endMonth()).atEndOfMonth();
    return new PdfDates(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}

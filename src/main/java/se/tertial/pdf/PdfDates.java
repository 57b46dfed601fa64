package se.tertial.pdf;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import se.tertial.model.Messages;
import se.tertial.model.Period;

/**
 * The one instant written as the PDF's creation and modification date (info dictionary and XMP), so
 * the same input always gives the same bytes. Never the clock.
 *
 * @param instant the date to write
 */
public record PdfDates(Instant instant) {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.pdf.messages");

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
      return new PdfDates(epoch(sourceDateEpoch));
    }
    LocalDate date =
        publicationDate != null
            ? publicationDate
            : YearMonth.of(period.year(), period.endMonth()).atEndOfMonth();
    return new PdfDates(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Earliest accepted {@code SOURCE_DATE_EPOCH}: 1980-01-01 (also the earliest ZIP date). */
  static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");

  /** First instant no longer accepted: 2100-01-01. */
  static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  /**
   * Reads a {@code SOURCE_DATE_EPOCH} value (whole seconds since 1970, the reproducible-builds
   * convention) and checks it is a sane publication instant, so a typo never dates a PDF in the
   * year 1000 or 10000 (which is no valid XMP date).
   *
   * @throws PdfException when the value is no integer or out of range
   */
  public static Instant epoch(String sourceDateEpoch) {
    String text = sourceDateEpoch.strip();
    Instant instant;
    try {
      instant = Instant.ofEpochSecond(Long.parseLong(text));
    } catch (NumberFormatException | DateTimeException e) {
      throw new PdfException(TEXT.get("sourceDateEpoch.notInteger", sourceDateEpoch));
    }
    if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
      throw new PdfException(TEXT.get("sourceDateEpoch.outOfRange", text, instant.toString()));
    }
    return instant;
  }
}

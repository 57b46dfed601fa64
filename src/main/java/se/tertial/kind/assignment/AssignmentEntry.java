package se.tertial.kind.assignment;

import java.util.Objects;
import se.tertial.model.Period;
import se.tertial.model.SourceRef;

/**
 * What was reported for one assignment at one reporting date ({@code Uppdragsstatus} sheet).
 *
 * @param nr the assignment's number
 * @param period the reporting period (a month or tertial)
 * @param work "Pågående arbete/åtgärder", markdown subset
 * @param result "Resultat", markdown subset
 * @param where the row it was read from
 */
public record AssignmentEntry(
    String nr, Period period, String work, String result, SourceRef where) {
  public AssignmentEntry {
    Objects.requireNonNull(nr, "nr");
    Objects.requireNonNull(period, "period");
    work = Objects.requireNonNullElse(work, "");
    result = Objects.requireNonNullElse(result, "");
  }

  /**
   * Whether this entry says the same as {@code other}: both texts equal after whitespace is
   * collapsed (re-saving a workbook changes line breaks and trailing spaces, not what was said).
   */
  public boolean sameTextAs(AssignmentEntry other) {
    return normal(work).equals(normal(other.work)) && normal(result).equals(normal(other.result));
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}

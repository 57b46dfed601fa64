package se.tertial.kind.monthly;

import java.util.Objects;
import se.tertial.model.Period;
import se.tertial.model.SourceRef;

/**
 * One assignment's box in a månadsuppföljning ({@code Månadsrapport} sheet). Texts are markdown
 * subset with the template's instruction sentences already removed by the reader.
 *
 * @param nr the assignment's number
 * @param title the assignment ("FM Uppdrag, Minska personalkostnaden RUN")
 * @param period the month reported
 * @param comingMonth "Kommande månad"
 * @param lastMonth "Senaste månaden"
 * @param comments "Kommentarer"
 * @param risks "Uppkomna risker och eventuellt behov av stöd"
 * @param where the row it was read from
 */
public record MonthlyItem(
    String nr,
    String title,
    Period period,
    String comingMonth,
    String lastMonth,
    String comments,
    String risks,
    SourceRef where) {
  public MonthlyItem {
    Objects.requireNonNull(nr, "nr");
    Objects.requireNonNull(period, "period");
    title = Objects.requireNonNullElse(title, "");
    comingMonth = Objects.requireNonNullElse(comingMonth, "");
    lastMonth = Objects.requireNonNullElse(lastMonth, "");
    comments = Objects.requireNonNullElse(comments, "");
    risks = Objects.requireNonNullElse(risks, "");
  }
}

package se.tertial.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Utfall: the outcome of one measure in one period, by sex and in total. Values keep the scale they
 * were written with (8,4 stays one decimal) because "unchanged" is judged at the precision shown.
 * Shares are in percent units: 41 means 41 %.
 *
 * @param measureId the measure's ID
 * @param period the period the outcome belongs to
 * @param women kvinnor, or null
 * @param men män, or null
 * @param total totalt, or null
 * @param valueText värdetext: a non-numeric outcome ("Data saknas") or a display text, may be empty
 * @param comment kommentar: the analyst's analysis shown under the table, may be empty
 * @param manual bedömning: a manual judgement overriding the computed one, or null
 * @param where the row it was read from
 */
public record Outcome(
    String measureId,
    Period period,
    BigDecimal women,
    BigDecimal men,
    BigDecimal total,
    String valueText,
    String comment,
    Judgement manual,
    SourceRef where) {

  public Outcome {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(period, "period");
    valueText = Objects.requireNonNullElse(valueText, "");
    comment = Objects.requireNonNullElse(comment, "");
  }

  /** The value for one sex or the total, or null. */
  public BigDecimal value(Sex sex) {
    return switch (sex) {
      case WOMEN -> women;
      case MEN -> men;
      case TOTAL -> total;
    };
  }

  /** Whether the outcome has K and M values (it is judged per sex). */
  public boolean hasBySex() {
    return women != null && men != null;
  }

  /** Whether any number is present. */
  public boolean hasNumbers() {
    return women != null || men != null || total != null;
  }
}

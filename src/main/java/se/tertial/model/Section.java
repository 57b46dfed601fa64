package se.tertial.model;

import java.util.Objects;

/**
 * A free text section from the {@code Texter} sheet (Inledning, Produktion, a perspective's
 * description…), for every period or for one.
 *
 * @param key avsnitt: which place in the report the text belongs to, e.g. {@code Inledning} or
 *     {@code Perspektiv: Medborgare}
 * @param heading rubrik, may be empty
 * @param text the text in a small markdown subset (paragraphs, bullet lists, bold, italic, links)
 * @param where the row it was read from
 * @param period the period the text is written for ({@code Period} column), or null for every
 *     period (a blank cell): a row for the rendered period replaces the rows without period that
 *     have the same key ({@link Report#texts()})
 * @param rewrite marked {@code Skriv om}: a copy {@code next-period} made of the previous period's
 *     text, still to be rewritten for its period
 * @param workbookPeriod for a {@code Texter} sheet without the {@code Period} column, the Rapport
 *     sheet's period, which its texts were written for; null when the sheet has the column
 */
public record Section(
    String key,
    String heading,
    String text,
    SourceRef where,
    Period period,
    boolean rewrite,
    Period workbookPeriod) {

  public Section {
    Objects.requireNonNull(key, "key");
    heading = Objects.requireNonNullElse(heading, "");
    text = Objects.requireNonNullElse(text, "");
  }

  /** A text for every period. */
  public Section(String key, String heading, String text, SourceRef where) {
    this(key, heading, text, where, null, false, null);
  }

  /** Whether the text is used when {@code other} is rendered, before any row for it replaces it. */
  public boolean appliesTo(Period other) {
    return period == null || period.equals(other);
  }

  /** The key as keys are compared: case and surrounding spaces ignored. */
  public String foldedKey() {
    return fold(key);
  }

  /** A key as keys are compared. */
  public static String fold(String key) {
    return key.strip().replaceAll("\\s+", " ").toLowerCase(Messages.SWEDISH);
  }

  /** The same text, for {@code other} (null: every period), marked or not for rewriting. */
  public Section forPeriod(Period other, boolean toRewrite) {
    return new Section(key, heading, text, where, other, toRewrite, null);
  }
}

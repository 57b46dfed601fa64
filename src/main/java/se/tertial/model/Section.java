package se.tertial.model;

import java.util.Objects;

/**
 * A free text section from the {@code Texter} sheet (Inledning, Produktion, a perspective's
 * description…).
 *
 * @param key avsnitt: which place in the report the text belongs to, e.g. {@code Inledning} or
 *     {@code Perspektiv: Medborgare}
 * @param heading rubrik, may be empty
 * @param text the text in a small markdown subset (paragraphs, bullet lists, bold, italic, links)
 * @param where the row it was read from
 */
public record Section(String key, String heading, String text, SourceRef where) {

  public Section {
    Objects.requireNonNull(key, "key");
    heading = Objects.requireNonNullElse(heading, "");
    text = Objects.requireNonNullElse(text, "");
  }
}

package se.tertial.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.tertial.model.Report;
import se.tertial.model.Section;

/**
 * Free texts from the {@code Texter} sheet, sanitised, for the view model builders of all kinds.
 */
public final class Texts {
  private final TextSanitizer sanitizer;

  public Texts(TextSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  /** The section with {@code key}, or an absent section with the fallback heading. */
  public TextSection section(Report report, String key, String anchor, String fallbackHeading) {
    return report
        .section(key)
        .map(
            s ->
                new TextSection(
                    anchor,
                    s.heading().isBlank() ? fallbackHeading : s.heading().strip(),
                    sanitizer.toHtml(s.text()),
                    true))
        .orElse(TextSection.absent(anchor, fallbackHeading));
  }

  /**
   * Sections of their own (Avsnitt the kind has no place for, such as "Sammanfattning"), each under
   * its Rubrik, or its Avsnitt when the Rubrik is blank, with an anchor of its own.
   */
  public List<TextSection> free(List<Section> sections) {
    List<TextSection> result = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    for (Section s : sections) {
      String base = Perspectives.anchor("eget-avsnitt", s.key());
      String anchor = base;
      for (int i = 2; !anchors.add(anchor); i++) {
        anchor = base + "-" + i;
      }
      String heading = s.heading().isBlank() ? s.key().strip() : s.heading().strip();
      result.add(new TextSection(anchor, heading, sanitizer.toHtml(s.text()), true));
    }
    return result;
  }

  /** The text of the section with {@code key}, or empty. */
  public SafeHtml text(Report report, String key) {
    return report.section(key).map(s -> sanitizer.toHtml(s.text())).orElse(SafeHtml.EMPTY);
  }

  /** A cell's text, sanitised. */
  public SafeHtml html(String text) {
    return sanitizer.toHtml(text);
  }
}

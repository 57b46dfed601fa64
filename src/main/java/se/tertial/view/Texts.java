package se.tertial.view;

import se.tertial.model.Report;

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

  /** The text of the section with {@code key}, or empty. */
  public SafeHtml text(Report report, String key) {
    return report.section(key).map(s -> sanitizer.toHtml(s.text())).orElse(SafeHtml.EMPTY);
  }

  /** A cell's text, sanitised. */
  public SafeHtml html(String text) {
    return sanitizer.toHtml(text);
  }
}

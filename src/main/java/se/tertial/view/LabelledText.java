package se.tertial.view;

/**
 * A labelled text, e.g. "Ansvarig: VO-chefer".
 *
 * @param label the label without colon
 * @param text sanitised text
 */
public record LabelledText(String label, SafeHtml text) {}

package se.tertial.view;

import se.tertial.model.ActionState;
import se.tertial.model.Judgement;
import se.tertial.rules.Trend;

/**
 * A status symbol as display data: a glyph of the embedded font with its own shape, a colour that
 * meets WCAG contrast on white, and the Swedish text that always accompanies it, so no information
 * is carried by colour alone.
 *
 * @param code stable code used as CSS class suffix ({@code met}, {@code improved}, …)
 * @param glyph the shape (● ▲ ■ – ↑ → ↓ ○ ×), present in Liberation Sans
 * @param colour CSS colour, at least 4.5:1 against white
 * @param label the text alternative shown next to it ("Uppfyllt", "Förbättrad", …)
 */
public record Symbol(String code, String glyph, String colour, String label) {

  static final String GREEN = "#1E7B34";
  static final String AMBER = "#9A6700";
  static final String RED = "#C0262D";
  static final String GREY = "#5F6368";
  static final String BLUE = "#1F4E99";
  static final String INK = "#1A3A5C";

  /** Filled green circle / amber triangle / red square / grey dash. */
  public static Symbol of(Judgement judgement) {
    return switch (judgement) {
      case MET -> new Symbol("met", "\u25CF", GREEN, judgement.label());
      case PARTLY_MET -> new Symbol("partly_met", "\u25B2", AMBER, judgement.label());
      case NOT_MET -> new Symbol("not_met", "\u25A0", RED, judgement.label());
      case NOT_ASSESSED -> new Symbol("not_assessed", "\u2013", GREY, judgement.label());
    };
  }

  /** Arrows ↑ → ↓ and a dash for an unknown trend. */
  public static Symbol of(Trend trend) {
    return switch (trend) {
      case IMPROVED -> new Symbol("improved", "\u2191", GREEN, trend.label());
      case UNCHANGED -> new Symbol("unchanged", "\u2192", INK, trend.label());
      case WORSENED -> new Symbol("worsened", "\u2193", RED, trend.label());
      case UNKNOWN -> new Symbol("unknown", "\u2013", GREY, trend.label());
    };
  }

  /** Open circle, filled circle, triangle, square, cross. */
  public static Symbol of(ActionState state) {
    return switch (state) {
      case NOT_STARTED -> new Symbol("not_started", "\u25CB", GREY, state.label());
      case ON_TRACK -> new Symbol("on_track", "\u25CF", GREEN, state.label());
      case DEVIATING -> new Symbol("deviating", "\u25B2", AMBER, state.label());
      case DONE -> new Symbol("done", "\u25A0", BLUE, state.label());
      case CANCELLED -> new Symbol("cancelled", "\u00D7", GREY, state.label());
    };
  }

  /** An action without a status for the period. */
  public static Symbol missingStatus() {
    return new Symbol("missing", "\u2013", GREY, "Status saknas");
  }
}

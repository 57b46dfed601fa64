package se.tertial.view;

import se.tertial.model.ActionState;
import se.tertial.model.Judgement;
import se.tertial.rules.MeasureJudgement;
import se.tertial.rules.Trend;

/**
 * A status symbol as display data: a glyph of the embedded font with its own shape, a CSS class
 * that gives its colour, and the Swedish text that always accompanies it, so no information is
 * carried by colour alone. The colours live in {@code templates/common/symbols.css} only.
 *
 * @param code stable code ({@code met}, {@code improved}, …)
 * @param glyph the shape (● ▲ ■ – ↑ → ↓ ○ ×), present in Liberation Sans
 * @param cssClass the class that colours it, e.g. {@code judgement-met}, {@code trend-improved},
 *     {@code status-on-track}
 * @param label the text alternative shown next to it ("Uppfyllt", "Förbättrad", …)
 */
public record Symbol(String code, String glyph, String cssClass, String label) {

  /** Filled green circle / amber triangle / red square / grey dash. */
  public static Symbol of(Judgement judgement) {
    return switch (judgement) {
      case MET -> new Symbol("met", "\u25CF", "judgement-met", judgement.label());
      case PARTLY_MET -> new Symbol("partly_met", "\u25B2", "judgement-partly", judgement.label());
      case NOT_MET -> new Symbol("not_met", "\u25A0", "judgement-not-met", judgement.label());
      case NOT_ASSESSED ->
          new Symbol("not_assessed", "\u2013", "judgement-none", judgement.label());
    };
  }

  /** Arrows ↑ → ↓ and a dash for an unknown trend. */
  public static Symbol of(Trend trend) {
    return switch (trend) {
      case IMPROVED -> new Symbol("improved", "\u2191", "trend-improved", trend.label());
      case UNCHANGED -> new Symbol("unchanged", "\u2192", "trend-unchanged", trend.label());
      case WORSENED -> new Symbol("worsened", "\u2193", "trend-worsened", trend.label());
      case UNKNOWN -> new Symbol("unknown", "\u2013", "trend-unknown", trend.label());
    };
  }

  /** Open circle, filled circle, triangle, square, cross. */
  public static Symbol of(ActionState state) {
    return switch (state) {
      case NOT_STARTED -> new Symbol("not_started", "\u25CB", "status-not-started", state.label());
      case ON_TRACK -> new Symbol("on_track", "\u25CF", "status-on-track", state.label());
      case DEVIATING -> new Symbol("deviating", "\u25B2", "status-deviating", state.label());
      case DONE -> new Symbol("done", "\u25A0", "status-done", state.label());
      case CANCELLED -> new Symbol("cancelled", "\u00D7", "status-cancelled", state.label());
    };
  }

  /**
   * A measure not followed up in the period (its Uppföljningsperiod names others): a lozenge, not
   * the dash of "Ej bedömd", because nothing is missing.
   */
  public static Symbol notDue() {
    return new Symbol("not_due", "\u25CA", "judgement-not-due", MeasureJudgement.notDueLabel());
  }

  /** An action without a status for the period. */
  public static Symbol missingStatus() {
    return new Symbol("missing", "\u2013", "status-missing", "Status saknas");
  }
}

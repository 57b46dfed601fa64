package se.tertial.rules;

import se.tertial.model.Judgement;

/** Combines the judgements of K and M into the measure's judgement. */
final class Judgements {
  private Judgements() {}

  /**
   * Both met → met; at least one met or partly met → partly met; any judged → not met; none judged
   * → not assessed.
   */
  static Judgement combine(Judgement women, Judgement men) {
    if (women == Judgement.MET && men == Judgement.MET) {
      return Judgement.MET;
    }
    if (women == Judgement.MET
        || men == Judgement.MET
        || women == Judgement.PARTLY_MET
        || men == Judgement.PARTLY_MET) {
      return Judgement.PARTLY_MET;
    }
    if (women == Judgement.NOT_MET || men == Judgement.NOT_MET) {
      return Judgement.NOT_MET;
    }
    return Judgement.NOT_ASSESSED;
  }
}

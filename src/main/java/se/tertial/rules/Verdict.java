package se.tertial.rules;

import java.util.Objects;
import se.tertial.model.Judgement;

/**
 * A judgement with its reason as a clause in Swedish, lower case and without a full stop, so the
 * caller can join the clauses for K and M into one sentence.
 */
public record Verdict(Judgement judgement, String reason) {
  public Verdict {
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(reason, "reason");
  }

  static Verdict notAssessed(String reason) {
    return new Verdict(Judgement.NOT_ASSESSED, reason);
  }
}

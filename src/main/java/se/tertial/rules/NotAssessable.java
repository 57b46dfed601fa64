package se.tertial.rules;

import java.util.List;
import java.util.Objects;

/**
 * A target the engine cannot judge ("Under utredning", empty, unknown words, two readings), with
 * the reason.
 *
 * @param text as written
 * @param reason the Swedish reason, quoting the words not understood
 * @param refusal the kind of refusal
 * @param words the words not understood or read two ways, as written (may be empty)
 */
public record NotAssessable(String text, String reason, Refusal refusal, List<String> words)
    implements TargetRule {
  public NotAssessable {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(refusal, "refusal");
    words = List.copyOf(words);
  }

  /** A refusal without quoted words. */
  public NotAssessable(String text, String reason) {
    this(text, reason, Refusal.UNREADABLE, List.of());
  }

  @Override
  public String type() {
    return "not_assessable";
  }
}

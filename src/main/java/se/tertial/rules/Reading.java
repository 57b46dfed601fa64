package se.tertial.rules;

import java.util.Objects;

/**
 * One reading of a whole target text: the rule, and the words read as its subject ("väntetid" in
 * "Högst 14 dagars väntetid"), as written.
 *
 * @param rule the rule read
 * @param subject the subject words, or empty
 */
record Reading(TargetRule rule, String subject) {
  Reading {
    Objects.requireNonNull(rule, "rule");
    subject = Objects.requireNonNullElse(subject, "").strip();
  }
}

package se.tertial.rules;

import java.util.function.BiFunction;
import se.tertial.rules.RuleGrammar.Ctx;

/**
 * One production of the {@link RuleGrammar}: reads from the cursor and returns its {@link Reading}
 * — the rule and the subject words it read inside the target ("i sjukfrånvaro" in "Skillnaden i
 * sjukfrånvaro mellan kvinnor och män ska minska") — or null when the words are not its family.
 * What explains a refusal goes to the context's {@link Hints}; the cursor only moves.
 */
@FunctionalInterface
interface Production {
  Reading read(Cursor c, Ctx ctx);

  /** A production whose words are all target: no subject words of its own. */
  static Production of(BiFunction<Cursor, Ctx, TargetRule> rule) {
    return (c, ctx) -> {
      TargetRule read = rule.apply(c, ctx);
      return read == null ? null : new Reading(read, "");
    };
  }
}

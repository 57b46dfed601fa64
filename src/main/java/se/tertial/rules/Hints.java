package se.tertial.rules;

/**
 * What the grammar noticed while reading a text that explains a refusal when no production reads
 * it: a four-digit year where a value was expected ("Minst 2025"), or a number such as "1.500" that
 * could be thousands or decimals. Productions report here; {@link TargetRuleParser} reads it only
 * when nothing was read. One collector per parse; not shared.
 */
final class Hints {
  private Token year;
  private Token dotted;

  /** A plain four-digit year stood where a value was expected (never read as one). */
  void year(Token token) {
    year = token;
  }

  /** A number such as "1.500" stood where a value was expected. */
  void dotted(Token token) {
    dotted = token;
  }

  /** The last year noticed, or null. */
  Token year() {
    return year;
  }

  /** The last dotted number noticed, or null. */
  Token dotted() {
    return dotted;
  }
}

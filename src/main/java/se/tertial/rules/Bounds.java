package se.tertial.rules;

/**
 * The limit words of the grammar: "minst", "inte under", "≥" (inclusive, higher is better), "över",
 * "fler än", "överstiga" (strict), "högst", "max", "inte över", "≤", "under", "mindre än",
 * "understiga", and the trailing "eller mer" / "eller mindre".
 */
final class Bounds {
  private Bounds() {}

  /** A limit word before a value, or null (nothing consumed). Approximations are consumed. */
  static Bound before(Cursor c) {
    if (c.symbol("≥")) {
      return Bound.AT_LEAST;
    }
    if (c.symbol("≤")) {
      return Bound.AT_MOST;
    }
    if (c.symbol(">")) {
      return Bound.ABOVE;
    }
    if (c.symbol("<")) {
      return Bound.BELOW;
    }
    if (c.accept(
        "(inte|ej|aldrig) (vara|ligga|hamna|ga|sjunka)? (under|understiga|understiger)"
            + " | (inte|ej|aldrig) (vara|ligga)? (lagre|mindre|farre|kortare) an")) {
      return Bound.AT_LEAST;
    }
    if (c.accept(
        "(inte|ej|aldrig) (vara|ligga|hamna|ga|stiga)? (over|overstiga|overstiger|overskrida)"
            + " | (inte|ej|aldrig) (vara|ligga)? (hogre|mer|fler|storre|langre) an")) {
      return Bound.AT_MOST;
    }
    if (c.accept("som (lagst|minst) | (minst|lagst|atminstone|minimum|min|minimalt)")) {
      return Bound.AT_LEAST;
    }
    if (c.accept("som (hogst|mest) | (hogst|max|maximalt|maximum|maximal)")) {
      return Bound.AT_MOST;
    }
    if (c.accept("(mer|fler|hogre|storre|langre) an | (over|overstiga|overstiger|overstigande)")) {
      return Bound.ABOVE;
    }
    if (c.accept(
        "(mindre|farre|lagre|kortare) an | (under|understiga|understiger|understigande)")) {
      return Bound.BELOW;
    }
    c.accept("(cirka|ca|runt|omkring|kring|ungefar) | lika med");
    c.symbol("=");
    return null;
  }

  /** "eller mer", "och uppåt" (AT_LEAST); "eller mindre", "och nedåt" (AT_MOST); or null. */
  static Bound after(Cursor c) {
    if (c.accept("(eller|och) (mer|hogre|fler|over|storre|langre|uppat|daröver|darover)")) {
      return Bound.AT_LEAST;
    }
    if (c.accept("(eller|och) (mindre|lagre|farre|under|kortare|nedat|darunder)")) {
      return Bound.AT_MOST;
    }
    return null;
  }
}

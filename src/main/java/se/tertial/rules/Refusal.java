package se.tertial.rules;

import java.util.Locale;

/** Why a target is not assessed (ej bedömd): the kind of {@link NotAssessable}. */
public enum Refusal {
  /** No target text (målvärde saknas). */
  EMPTY,
  /** Deliberately open or procedural: "Under utredning", "Målvärde tas fram under året". */
  OPEN,
  /**
   * Words the grammar does not know, or knows as changing a target but cannot place where they
   * stand ("Totalt", "riket" with no comparison word); the reason quotes them and says which.
   */
  UNKNOWN_WORDS,
  /** Known words in an order the grammar does not read; the reason quotes from where it stopped. */
  UNREADABLE,
  /** Two readings are possible ("Minst 2020": a year or a value); the reason names both. */
  AMBIGUOUS,
  /** A value without a direction: neither the words nor Riktning say whether higher is better. */
  NO_POLARITY;

  /** The stable code: {@code unknown_words}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

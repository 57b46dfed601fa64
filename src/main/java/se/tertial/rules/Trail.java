package se.tertial.rules;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What reading one token list has touched, for the refusal when no production reads it: which
 * tokens any production read as part of a whole phrase, how far any got, and which phrases were
 * tried (the grammar's vocabulary as far as the text reached it, so a word the grammar knows is not
 * called unknown). Written by {@link Cursor}, read by {@link TargetRuleParser}; one per parse.
 */
final class Trail {
  private final boolean[] read;
  private final Set<String> tried = new LinkedHashSet<>();
  private int furthest;

  Trail(int tokens) {
    this.read = new boolean[tokens];
  }

  /** The tokens from {@code from} (inclusive) to {@code to} (exclusive) were read. */
  void read(int from, int to) {
    for (int k = from; k < to; k++) {
      read[k] = true;
    }
    furthest = Math.max(furthest, to);
  }

  /** A phrase was tried at some position. */
  void tried(String phrase) {
    tried.add(phrase);
  }

  /** Whether any production read the token at {@code index}. */
  boolean read(int index) {
    return read[index];
  }

  /** Whether a word key is one the grammar uses in any phrase tried so far. */
  boolean knows(String key) {
    return PhrasePattern.anyMatches(tried, key);
  }

  /** The furthest position any production reached. */
  int furthest() {
    return furthest;
  }

  /** How far reading got, to restore after a look-ahead. */
  record Mark(int furthest) {}

  Mark mark() {
    return new Mark(furthest);
  }

  /** Forgets how far a look-ahead got (what it read stays read, as it was tried). */
  void restore(Mark mark) {
    furthest = mark.furthest();
  }
}

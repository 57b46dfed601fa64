package se.tertial.rules;

/** How an outcome must relate to a reference value. */
public enum ReferenceKind {
  /** I nivå med: at least as good as the reference, or within the tolerance band. */
  LEVEL,
  /** Bättre än, högre än riket: strictly better than the reference. */
  BETTER,
  /** Inte sämre än: at least as good as the reference; within the band partly met. */
  NOT_WORSE,
  /** Låg och stabil nivå: not above the reference (lower is better). */
  LOW_AND_STABLE
}

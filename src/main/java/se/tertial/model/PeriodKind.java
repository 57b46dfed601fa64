package se.tertial.model;

/** The length of a reporting period. Tertials and quarters are cumulative from January. */
public enum PeriodKind {
  MONTH,
  QUARTER,
  TERTIAL,
  YEAR
}

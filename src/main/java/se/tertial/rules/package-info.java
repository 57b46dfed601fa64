/**
 * The rule engine: parses each styrmått's target text into a typed {@link
 * se.tertial.rules.TargetRule}, and judges the period's outcome against it (måluppfyllelse), with a
 * trend (utveckling) and a one-sentence Swedish reason. Pure functions over the model.
 */
package se.tertial.rules;

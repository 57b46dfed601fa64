/**
 * Översikt: one document over every unit of a manifest for one period — which units meet which
 * goals, where it got worse, where women and men differ most, which actions are late — built from
 * the units' own judged reports.
 */
package se.tertial.overview;
